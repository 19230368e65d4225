package org.legible.accounts;

/** What the code typed for a sign-up waiting for it did. */
public sealed interface SignupConfirmation {

    /** The account exists now, for this e-mail. */
    record Confirmed(AccountId accountId, String email) implements SignupConfirmation {}

    /** Not the code mailed; this many tries are left. */
    record WrongCode(int triesLeft) implements SignupConfirmation {}

    /** Nothing waits any more: too many wrong codes, too late, or the address was taken meanwhile. */
    record Ended() implements SignupConfirmation {}
}
