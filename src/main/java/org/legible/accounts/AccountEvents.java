package org.legible.accounts;

/** Events the accounts module publishes. */
public final class AccountEvents {

    private AccountEvents() {}

    /** Published after an account is created. */
    public record AccountCreated(AccountId accountId) {}

    /** Published after a passphrase change; the account's other sessions are ended. */
    public record PassphraseChanged(AccountId accountId) {}

    /** Published just before an account's rows are deleted. */
    public record AccountDeleted(AccountId accountId) {}
}
