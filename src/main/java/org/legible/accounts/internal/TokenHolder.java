package org.legible.accounts.internal;

import org.legible.accounts.AccessScope;
import org.legible.accounts.AccountId;

/** The caller of the JSON API as Spring Security sees them: an account reached through one token, and its name. */
public record TokenHolder(AccountId accountId, AccessScope scope, String tokenId, String tokenName) {}
