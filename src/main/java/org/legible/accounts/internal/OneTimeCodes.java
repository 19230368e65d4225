package org.legible.accounts.internal;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;
import org.legible.accounts.AccountId;
import org.legible.system.secrets.SecretLinks;
import org.legible.system.throttle.Lockout;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The second sign-in step: a time-based one-time code (RFC 6238: HMAC-SHA1, six digits, 30 seconds, as every
 * authenticator app reads an {@code otpauth://} address) or a single-use recovery code. A code is accepted from the
 * step before to the step after now, for clocks that drift, and never twice. Five wrong codes within 15 minutes make
 * the account's second step wait 15 minutes, doubling up to a day (system.throttle).
 */
@Service
public class OneTimeCodes {

    /** How many recovery codes a person gets, and how long each is (16 Base32 letters: 80 random bits). */
    static final int RECOVERY_CODES = 10;

    private static final int RECOVERY_LETTERS = 16;
    private static final Duration STEP = TimeBasedOneTimePasswordGenerator.DEFAULT_TIME_STEP;

    /** A secret to add to an authenticator app: in Base32 for typing, and as the address its QR code holds. */
    public record Setup(String secret, String address) {

        /** The secret in groups of four letters, as it is easiest to type. */
        public String grouped() {
            return String.join(" ", secret.split("(?<=\\G.{4})"));
        }
    }

    /** What a typed code did at sign-in. */
    public sealed interface Outcome {
        record Accepted(boolean recoveryCode, int recoveryCodesLeft) implements Outcome {}

        record Wrong() implements Outcome {}

        record Wait(Duration waitFor) implements Outcome {}
    }

    private final OneTimeCodeRepository codes;
    private final Clock clock;
    private final Lockout guesses;
    private final SecureRandom random = new SecureRandom();
    private final TimeBasedOneTimePasswordGenerator generator = new TimeBasedOneTimePasswordGenerator();

    OneTimeCodes(OneTimeCodeRepository codes, Clock clock, JdbcClient jdbc) {
        this.codes = codes;
        this.clock = clock;
        this.guesses =
                new Lockout(jdbc, "second-step", 5, Duration.ofMinutes(15), Duration.ofMinutes(15), Duration.ofDays(1));
    }

    public boolean hasSecondStep(AccountId account) {
        return codes.secret(account).isPresent();
    }

    /** Since when the account has one-time codes, if it has. */
    public Optional<Instant> since(AccountId account) {
        return codes.secret(account).map(OneTimeCodeRepository.Secret::createdAt);
    }

    public int recoveryCodesLeft(AccountId account) {
        return codes.recoveryCodesLeft(account);
    }

    /** A new secret (160 random bits, as RFC 4226 recommends), not yet saved: the first right code saves it. */
    public Setup newSetup(String email) {
        byte[] bytes = new byte[20];
        random.nextBytes(bytes);
        return setup(email, new Base32().encodeToString(bytes).replace("=", ""));
    }

    /** The same secret again, for a page shown twice while it is set up. */
    public Setup setup(String email, String secret) {
        String label =
                URLEncoder.encode("Legible:" + email, StandardCharsets.UTF_8).replace("+", "%20");
        return new Setup(
                secret,
                "otpauth://totp/" + label + "?secret=" + secret + "&issuer=Legible&algorithm=SHA1&digits=6&period=30");
    }

    /**
     * Saves the secret when the code typed from the app is right for it, and returns the new recovery codes (shown
     * once); empty when the code is wrong, so nothing changes.
     */
    @Transactional
    public Optional<List<String>> confirm(AccountId account, String secret, String typed) {
        OptionalLong step = matchingStep(secret, digits(typed));
        if (step.isEmpty()) {
            return Optional.empty();
        }
        codes.save(account, secret, step.getAsLong(), clock.instant());
        return Optional.of(newRecoveryCodes(account));
    }

    /** Replaces the recovery codes with ten new ones, returned once; only their hashes are kept. */
    @Transactional
    public List<String> newRecoveryCodes(AccountId account) {
        Base32 base32 = new Base32();
        List<String> plain = new ArrayList<>();
        List<String> hashes = new ArrayList<>();
        for (int i = 0; i < RECOVERY_CODES; i++) {
            byte[] bytes = new byte[10];
            random.nextBytes(bytes);
            String code = base32.encodeToString(bytes).substring(0, RECOVERY_LETTERS);
            plain.add(String.join("-", code.split("(?<=\\G.{4})")));
            hashes.add(SecretLinks.sha256Hex(code));
        }
        codes.replaceRecoveryCodes(account, hashes);
        return plain;
    }

    @Transactional
    public void turnOff(AccountId account) {
        codes.remove(account);
    }

    /** Checks a code typed at sign-in: six digits from the app, or a recovery code (spaces and dashes ignored). */
    @Transactional
    public Outcome check(AccountId account, String typed) {
        Instant now = clock.instant();
        String key = account.value();
        Optional<Duration> wait = guesses.lockedFor(key, now);
        if (wait.isPresent()) {
            return new Outcome.Wait(wait.get());
        }
        Optional<OneTimeCodeRepository.Secret> secret = codes.secret(account);
        String code = digits(typed);
        boolean accepted = false;
        boolean recovery = false;
        if (secret.isPresent() && code.matches("[0-9]{6}")) {
            OptionalLong step = matchingStep(secret.get().secret(), code);
            accepted = step.isPresent() && codes.useStep(account, step.getAsLong());
        } else if (secret.isPresent() && code.length() == RECOVERY_LETTERS) {
            recovery = true;
            accepted = codes.useRecoveryCode(account, SecretLinks.sha256Hex(code), now);
        }
        if (!accepted) {
            guesses.failed(key, now);
            return new Outcome.Wrong();
        }
        guesses.succeeded(key);
        return new Outcome.Accepted(recovery, codes.recoveryCodesLeft(account));
    }

    /** What was typed, without spaces or dashes, in capitals (recovery codes are Base32). */
    private static String digits(String typed) {
        return typed == null || typed.length() > 64
                ? ""
                : typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }

    /** The 30-second step, from the one before now to the one after, whose code is {@code code}. */
    private OptionalLong matchingStep(String secret, String code) {
        if (!code.matches("[0-9]{6}")) {
            return OptionalLong.empty();
        }
        SecretKeySpec key = new SecretKeySpec(new Base32().decode(secret), "HmacSHA1");
        long now = clock.instant().getEpochSecond() / STEP.toSeconds();
        try {
            for (long step = now - 1; step <= now + 1; step++) {
                if (generator
                        .generateOneTimePasswordString(key, Instant.ofEpochSecond(step * STEP.toSeconds()), Locale.ROOT)
                        .equals(code)) {
                    return OptionalLong.of(step);
                }
            }
        } catch (InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
        return OptionalLong.empty();
    }
}
