package org.legible.checkup;

import java.util.Objects;
import java.util.UUID;

/** A check-up's identity: a random UUID, never a guessable number. */
public record CheckUpId(UUID value) {

    public CheckUpId {
        Objects.requireNonNull(value, "value");
    }

    public static CheckUpId random() {
        return new CheckUpId(UUID.randomUUID());
    }

    public static java.util.Optional<CheckUpId> parse(String text) {
        if (text == null) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(new CheckUpId(UUID.fromString(text)));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
