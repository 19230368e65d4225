package org.legible.accounts;

/** Events the accounts module publishes. */
public final class AccountEvents {

    private AccountEvents() {}

    /** Published after an account is created. */
    public record AccountCreated(AccountId accountId) {}

    /** Published after a passphrase change; the account's other sessions are ended. */
    public record PassphraseChanged(AccountId accountId) {}

    /**
     * Published after a read through the JSON API answered without an error: whose data, through which token (its
     * name, as the person gave it) and what was read ({@code path}, the address without its query).
     */
    public record ApiRead(AccountId accountId, String tokenName, String path) {}

    /**
     * Published after a page a carer opened or sent for the person they help answered without an error: whose diary,
     * the carer's name there, and what they did ({@code recorded} a check-in, or opened {@code path}).
     */
    public record CarerActed(AccountId person, String carer, boolean recorded, String path) {}

    /** Published just before an account's rows are deleted. */
    public record AccountDeleted(AccountId accountId) {}
}
