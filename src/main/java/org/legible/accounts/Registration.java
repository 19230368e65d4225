package org.legible.accounts;

/** What happened when someone asked for an account. */
public sealed interface Registration {

    record Registered(AccountId accountId) implements Registration {}

    record EmailTaken() implements Registration {}

    record SignupClosed() implements Registration {}
}
