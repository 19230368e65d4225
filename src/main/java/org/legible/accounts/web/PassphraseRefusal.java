package org.legible.accounts.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.legible.accounts.PassphraseCheck;
import org.springframework.context.MessageSource;

/** What every form that asks for the passphrase again says when it was not accepted, and with which status. */
final class PassphraseRefusal {

    private PassphraseRefusal() {}

    /** Sets 429 with Retry-After for a locked account, 422 otherwise, and returns the message for the field. */
    static String answer(PassphraseCheck check, MessageSource messages, Locale locale, HttpServletResponse response) {
        if (check instanceof PassphraseCheck.Locked locked) {
            response.setStatus(429);
            response.setHeader(
                    "Retry-After", Long.toString(Math.max(1, locked.retryAfter().toSeconds())));
            return messages.getMessage("account.passphrase.locked", new Object[] {locked.minutes()}, locale);
        }
        response.setStatus(422);
        return messages.getMessage("account.passphrase.currentWrong", null, locale);
    }
}
