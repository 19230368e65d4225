package org.legible.api;

import java.util.List;

/** A request the API refuses, with every problem found (not only the first), answered as 400 problem+json. */
final class InvalidRequestException extends RuntimeException {

    private final transient List<FieldError> errors;

    InvalidRequestException(List<FieldError> errors) {
        super("invalid request: " + errors.size() + " problem(s)");
        this.errors = List.copyOf(errors);
    }

    InvalidRequestException(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    List<FieldError> errors() {
        return errors;
    }
}
