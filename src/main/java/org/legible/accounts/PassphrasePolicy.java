package org.legible.accounts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What makes a passphrase acceptable: at least 12 characters, at most 1,000 (so hashing stays bounded; nothing is
 * ever truncated), not on the built-in list of common passwords, not one character repeated, and not the e-mail
 * address. No composition rules (ASVS 6.2). Returns the message key of the first problem.
 */
public final class PassphrasePolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 1000;

    private static final Set<String> COMMON = loadCommon();

    private PassphrasePolicy() {}

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
        if (COMMON.contains(folded) || COMMON.contains(folded.replace(" ", ""))) {
            return Optional.of("passphrase.common");
        }
        if (passphrase.codePoints().distinct().count() == 1) {
            return Optional.of("passphrase.common");
        }
        if (email != null && folded.equals(email.trim().toLowerCase(Locale.ROOT))) {
            return Optional.of("passphrase.isEmail");
        }
        return Optional.empty();
    }

    private static Set<String> loadCommon() {
        Set<String> words = new HashSet<>();
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
