package org.legible.accounts;

/** Events the accounts module publishes, each for a module that listens (sharing, importers, its own sign-in guard). */
public final class AccountEvents {

    private AccountEvents() {}

    /**
     * Published after a read through the JSON API answered without an error: whose data, through which token (its
     * name, as the person gave it) and what was read ({@code path}, the address without its query).
     */
    public record ApiRead(AccountId accountId, String tokenName, String path) {}

    /**
     * Published after a page of the person's diary a carer read for them answered without an error: whose diary, the
     * carer's name there, and the page ({@code path}). A check-in a carer records is told by the diary itself.
     */
    public record CarerRead(AccountId person, String carer, String path) {}

    /** Published just before an account's rows are deleted. */
    public record AccountDeleted(AccountId accountId) {}
}
