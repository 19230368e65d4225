package org.legible.diary;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** The identity of a check-in across its corrections. */
public record CheckInId(String value) {

    public CheckInId {
        Objects.requireNonNull(value, "value");
        UUID.fromString(value);
    }

    public static CheckInId random() {
        return new CheckInId(UUID.randomUUID().toString());
    }

    /** Parses untrusted text (a URL segment); empty when it is not an id. */
    public static Optional<CheckInId> parse(String text) {
        if (text == null || text.length() != 36) {
            return Optional.empty();
        }
        try {
            return Optional.of(new CheckInId(UUID.fromString(text).toString()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
