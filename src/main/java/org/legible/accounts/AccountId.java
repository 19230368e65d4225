package org.legible.accounts;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;

/**
 * The identity of an account; every row of every module is keyed by it. Serializable because a signed-in person's
 * session may be kept in the database (system.SessionsInDatabase).
 */
public record AccountId(String value) implements Serializable {

    public AccountId {
        Objects.requireNonNull(value, "value");
        UUID.fromString(value);
    }

    public static AccountId random() {
        return new AccountId(UUID.randomUUID().toString());
    }

    /**
     * An id for this account derived from an id that came from elsewhere (an import), the same every time, so a row
     * whose id another account already uses can be brought in under one that is this account's own (UUID v3).
     */
    public UUID derive(String foreignId) {
        return UUID.nameUUIDFromBytes((value + "/" + foreignId).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return value;
    }
}
