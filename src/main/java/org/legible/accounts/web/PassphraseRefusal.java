package org.legible.accounts.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.legible.accounts.PassphraseCheck;
import org.springframework.context.MessageSource;

/** What every form that asks for the passphrase again says when it was not accepted, and with which status. */
final class PassphraseRefusal {

    private PassphraseRefusal() {}

    /** The message for the passphrase field: locked for a while, or simply wrong. */
    static String message(PassphraseCheck check, MessageSource messages, Locale locale) {
        if (check instanceof PassphraseCheck.Locked locked) {
            return messages.getMessage("account.passphrase.locked", new Object[] {locked.minutes()}, locale);
        }
        return messages.getMessage("account.passphrase.currentWrong", null, locale);
    }

    /** A refused form's status: 429 with Retry-After while the account is locked, else 422 ({@code check} may be null). */
    static void status(PassphraseCheck check, HttpServletResponse response) {
        if (check instanceof PassphraseCheck.Locked locked) {
            response.setStatus(429);
            response.setHeader(
                    "Retry-After", Long.toString(Math.max(1, locked.retryAfter().toSeconds())));
        } else {
            response.setStatus(422);
        }
    }
}
