package org.legible.accounts;

/** The account no longer exists, for example because it was deleted in another session. */
public final class UnknownAccountException extends RuntimeException {
    public UnknownAccountException(AccountId id) {
        super("unknown account " + id);
    }
}
