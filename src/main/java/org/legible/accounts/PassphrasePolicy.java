package org.legible.accounts;

import com.nulabinc.zxcvbn.StandardDictionaries;
import com.nulabinc.zxcvbn.Zxcvbn;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What makes a passphrase acceptable: at least 12 characters, at most 1,000 (so hashing stays bounded; nothing is
 * ever truncated), not the e-mail address, not a common password (Legible's own list of phrases and zxcvbn's list of
 * the 30,000 most common passwords, compared without case and spaces), and not a pattern that is quick to guess (a
 * repeat such as abcabcabcabc, a sequence, keys next to each other, a common word with digits), as zxcvbn estimates
 * it: fewer than {@value #MIN_GUESSES} guesses (its score 3, "safely unguessable" for an online attack) is refused.
 * No composition rules (ASVS 6.2). Returns the message key of the first problem.
 */
public final class PassphrasePolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 1000;

    /** zxcvbn's threshold for its score 3. */
    static final double MIN_GUESSES = 1e8;

    /**
     * zxcvbn's time grows fast with length (about 25 ms for 100 characters, seconds for 1,000), so only the start is
     * measured; a passphrase whose first 100 characters are not guessable is not made guessable by more.
     */
    static final int MEASURED_CHARACTERS = 100;

    private static final Set<String> COMMON = loadCommon();
    private static final Zxcvbn STRENGTH = new Zxcvbn();

    private PassphrasePolicy() {}

    /** What the policy says of a passphrase for an address: the message key of its first problem, or accepted. */
    public record Verdict(Optional<String> problem, Optional<CheckedPassphrase> accepted) {}

    /** Checks once, for a caller that hands the accepted passphrase on ({@link Accounts#register}). */
    public static Verdict check(String passphrase, String email) {
        Optional<String> problem = problem(passphrase, email);
        return new Verdict(
                problem,
                problem.isPresent() ? Optional.empty() : Optional.of(new CheckedPassphrase(passphrase, email)));
    }

    public static Optional<String> problem(String passphrase, String email) {
        if (passphrase == null || passphrase.isEmpty()) {
            return Optional.of("passphrase.required");
        }
        int length = passphrase.codePointCount(0, passphrase.length());
        if (length < MIN_LENGTH) {
            return Optional.of("passphrase.tooShort");
        }
        if (length > MAX_LENGTH) {
            return Optional.of("passphrase.tooLong");
        }
        String folded = passphrase.toLowerCase(Locale.ROOT);
        if (email != null && folded.equals(email.trim().toLowerCase(Locale.ROOT))) {
            return Optional.of("passphrase.isEmail");
        }
        if (COMMON.contains(folded) || COMMON.contains(folded.replace(" ", ""))) {
            return Optional.of("passphrase.common");
        }
        if (passphrase.codePoints().distinct().count() == 1) {
            return Optional.of("passphrase.common");
        }
        if (guesses(passphrase, email) < MIN_GUESSES) {
            return Optional.of("passphrase.guessable");
        }
        return Optional.empty();
    }

    private static double guesses(String passphrase, String email) {
        int end = passphrase.offsetByCodePoints(
                0, Math.min(MEASURED_CHARACTERS, passphrase.codePointCount(0, passphrase.length())));
        List<String> own =
                email == null ? List.of() : List.of(email.strip(), email.strip().split("@", 2)[0]);
        return STRENGTH.measure(passphrase.substring(0, end), own).getGuesses();
    }

    private static Set<String> loadCommon() {
        Set<String> words = new HashSet<>();
        try {
            words.addAll(StandardDictionaries.PASSWORDS_LOADER.load().getFrequencies());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (InputStream in = PassphrasePolicy.class.getResourceAsStream("common-passphrases.txt")) {
            if (in == null) {
                throw new IllegalStateException("common-passphrases.txt is missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                String word = line.strip();
                if (!word.isEmpty() && !word.startsWith("#")) {
                    words.add(word.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
