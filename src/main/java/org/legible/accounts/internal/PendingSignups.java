package org.legible.accounts.internal;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.legible.accounts.SignupConfirmation;
import org.legible.system.mail.Mail;
import org.legible.system.secrets.SecretLinks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Open sign-up with e-mail: the page answers the same for every address, and the address's owner learns the rest by
 * mail, a code to type when the address is free, or a note that it already has an account. The code has eight digits,
 * works for {@link #VALID} and for {@link #TRIES} tries; only its SHA-256 is kept. The passphrase is hashed either way,
 * so the time taken does not tell the two apart either. No link is mailed: a link's address would come from the
 * request's Host header, which anyone can set.
 */
@Component
class PendingSignups {

    static final Duration VALID = Duration.ofMinutes(30);
    static final int TRIES = 5;
    private static final Logger log = LoggerFactory.getLogger(PendingSignups.class);

    /** What a typed code did. */
    sealed interface Checked {}

    /** The right code: what to create the account with. */
    record Admitted(String email, String passphraseHash, ZoneId timeZone) implements Checked {}

    /** Not admitted, and what to tell the person. */
    record Refused(SignupConfirmation why) implements Checked {}

    private final PendingSignupRepository pending;
    private final PasswordEncoder hashing;
    private final Mail mail;
    private final MessageSource messages;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    PendingSignups(
            PendingSignupRepository pending,
            PasswordEncoder hashing,
            Mail mail,
            MessageSource messages,
            Clock clock,
            SignupProperties signup) {
        this.pending = pending;
        this.hashing = hashing;
        this.mail = mail;
        this.messages = messages;
        this.clock = clock;
        if (signup.open() && !mail.available()) {
            log.warn("Sign-up is open and no e-mail is set up (LEGIBLE_MAIL_HOST): the sign-up page says when an"
                    + " address already has an account. Set up e-mail on a server anyone can reach (README).");
        }
    }

    boolean available() {
        return mail.available();
    }

    /** Mails the code (or the note) and returns the waiting sign-up's id, the same either way. */
    String request(String email, String passphrase, ZoneId zone, boolean taken, Locale locale) {
        pending.deleteCreatedBefore(clock.instant().minus(VALID));
        String id = UUID.randomUUID().toString();
        String hash = hashing.encode(passphrase);
        String code = String.format(Locale.ROOT, "%08d", random.nextInt(100_000_000));
        pending.insert(
                new PendingSignupRepository.Row(
                        id, email, taken ? null : hash, zone.getId(), taken ? null : codeHash(id, code), 0),
                clock.instant());
        String text = taken
                ? messages.getMessage("signup.mail.taken", null, locale)
                : messages.getMessage("signup.mail.code", new Object[] {code, VALID.toMinutes()}, locale);
        if (!mail.send(email, messages.getMessage("signup.mail.subject", null, locale), text, null)) {
            log.warn("The sign-up e-mail for waiting sign-up {} could not be sent", id);
        }
        return id;
    }

    /** The code typed for the waiting sign-up {@code id}: admitted (and no longer waiting), or why not. */
    Checked check(String id, String code) {
        pending.deleteCreatedBefore(clock.instant().minus(VALID));
        Optional<PendingSignupRepository.Row> row = pending.find(id);
        if (row.isEmpty() || row.get().wrongCodes() >= TRIES) {
            return new Refused(new SignupConfirmation.Ended());
        }
        boolean right = row.get().codeHash() != null
                && code != null
                && MessageDigest.isEqual(
                        row.get().codeHash().getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                        codeHash(id, code.strip()).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        if (!right) {
            int wrong = pending.wrongCode(id);
            if (wrong >= TRIES) {
                pending.delete(id);
                return new Refused(new SignupConfirmation.Ended());
            }
            return new Refused(new SignupConfirmation.WrongCode(TRIES - wrong));
        }
        if (!pending.delete(id)) {
            // the same code typed twice at once: the other request has it
            return new Refused(new SignupConfirmation.Ended());
        }
        return new Admitted(
                row.get().email(),
                row.get().passphraseHash(),
                ZoneId.of(row.get().timeZone()));
    }

    private static String codeHash(String id, String code) {
        return SecretLinks.sha256Hex(id + ":" + code);
    }
}
