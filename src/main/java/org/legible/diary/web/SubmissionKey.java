package org.legible.diary.web;

import java.util.Optional;
import java.util.UUID;

/** The key a check-in form or a device gives one check-in, so sending it twice records it once. */
final class SubmissionKey {

    private SubmissionKey() {}

    /** A UUID written as a form or a device writes it; empty for anything else. */
    static Optional<UUID> parse(String text) {
        if (text == null || text.length() != 36) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
