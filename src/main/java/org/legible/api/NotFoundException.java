package org.legible.api;

/** Nothing of the caller's at this address: a missing id and another account's id look the same. */
final class NotFoundException extends RuntimeException {
    NotFoundException() {
        super("not found");
    }
}
