package org.legible.insights.patterns;

import java.util.List;

/** One fact from the person's own data that made a pattern fire: a message key and its numbers. */
public record Evidence(String key, List<Object> args) {

    public Evidence {
        args = List.copyOf(args);
    }

    static Evidence of(String key, Object... args) {
        return new Evidence(key, List.of(args));
    }
}
