package org.legible.accounts;

import java.util.Locale;

/**
 * A passphrase {@link PassphrasePolicy} has accepted for one e-mail address. Only the policy makes one, so an account
 * service given one need not estimate its strength again (zxcvbn's estimate is the costliest part of a sign-up after
 * the hash; docs/benchmarks.md).
 */
public final class CheckedPassphrase {

    private final String passphrase;
    private final String foldedEmail;

    CheckedPassphrase(String passphrase, String email) {
        this.passphrase = passphrase;
        this.foldedEmail = fold(email);
    }

    public String passphrase() {
        return passphrase;
    }

    /** Whether it was checked for this address, case and surrounding spaces aside as the policy sets them aside. */
    public boolean checkedFor(String email) {
        return foldedEmail.equals(fold(email));
    }

    private static String fold(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return "CheckedPassphrase[…]";
    }
}
