package org.legible.accounts;

import java.time.Instant;

/** A personal access token as its owner sees it: never the secret, which is shown once when issued. */
public record AccessToken(
        String id, String name, AccessScope scope, Instant createdAt, Instant expiresAt, Instant lastUsedAt) {

    public boolean expired(Instant now) {
        return !expiresAt.isAfter(now);
    }
}
