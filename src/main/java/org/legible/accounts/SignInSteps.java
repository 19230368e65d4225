package org.legible.accounts;

import jakarta.servlet.http.HttpServletRequest;

/**
 * How a person signs in beyond their passphrase, for the account page and for pages that ask for a stronger sign-in
 * before the first share or carer.
 */
public interface SignInSteps {

    /** One-time codes on or off, and how many passkeys the person has added. */
    record Methods(boolean oneTimeCodes, int passkeys) {

        /** A passkey or a one-time code: more than a passphrase alone. */
        public boolean stronger() {
            return oneTimeCodes || passkeys > 0;
        }
    }

    Methods methods(AccountId account);

    /**
     * Whether this request's session signed in with a passkey, or with the passphrase and a one-time code. Pages that
     * show more than the person's own diary (a carer helping someone, the administrator's backup of everyone) need
     * it; a device kept signed in, or a passphrase alone, does not count.
     */
    boolean signedInStrongly(HttpServletRequest request);

    /** Where a session without a strong sign-in is sent, with {@code next} and {@code why} ({@code care}, {@code backups}). */
    String STRONGER_PAGE = "/account/sign-in/stronger";
}
