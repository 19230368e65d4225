package org.legible.accounts.internal;

import java.util.Optional;

/** An address to go on to after a step, kept only when it stays on this site (never {@code //elsewhere}). */
public final class LocalPath {

    private LocalPath() {}

    public static Optional<String> of(String next) {
        if (next == null
                || !next.startsWith("/")
                || next.startsWith("//")
                || next.contains("\\")
                || next.chars().anyMatch(Character::isISOControl)) {
            return Optional.empty();
        }
        return Optional.of(next);
    }
}
