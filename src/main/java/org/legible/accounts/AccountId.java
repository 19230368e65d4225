package org.legible.accounts;

import java.util.Objects;
import java.util.UUID;

/** The identity of an account; every row of every module is keyed by it. */
public record AccountId(String value) {

    public AccountId {
        Objects.requireNonNull(value, "value");
        UUID.fromString(value);
    }

    public static AccountId random() {
        return new AccountId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
