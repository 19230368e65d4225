package org.legible.accounts;

import java.util.List;

/**
 * Personal access tokens for the JSON API. A token is {@value #PREFIX} followed by 32 random bytes; only its SHA-256
 * is stored, so the secret can be shown once and never again. Tokens expire and can be revoked at any time.
 */
public interface AccessTokens {

    String PREFIX = "lgb_";

    int NAME_CHARACTERS = 100;

    /** The lifetimes a person may choose, in days. */
    List<Integer> LIFETIME_DAYS = List.of(30, 90, 365);

    /** Issues a token for the account; {@code lifetimeDays} is one of {@link #LIFETIME_DAYS}. */
    IssuedToken issue(AccountId account, String name, AccessScope scope, int lifetimeDays);

    /** The account's tokens, newest first, including expired ones (so the person sees why a script stopped). */
    List<AccessToken> list(AccountId account);

    /** Revokes the token at once; false when the account has no such token. */
    boolean revoke(AccountId account, String tokenId);

    /** A newly issued token with its secret, which exists only in this object. */
    record IssuedToken(String secret, AccessToken token) {

        /** Never the secret: logs carry ids only. */
        @Override
        public String toString() {
            return "IssuedToken[" + token.id() + "]";
        }
    }
}
