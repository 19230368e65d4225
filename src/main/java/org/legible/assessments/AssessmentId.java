package org.legible.assessments;

import java.util.Optional;
import java.util.UUID;

/** The id of one assessment; only ever looked up together with its account. */
public record AssessmentId(UUID value) {

    public static AssessmentId random() {
        return new AssessmentId(UUID.randomUUID());
    }

    /** An id from a URL, or empty when the text is not one. */
    public static Optional<AssessmentId> parse(String text) {
        try {
            return Optional.of(new AssessmentId(UUID.fromString(text)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
