package org.legible.accounts;

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
}
