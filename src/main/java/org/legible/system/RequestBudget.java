package org.legible.system;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * At most {@code limit} requests per key in any {@code window} (a sliding log): the next one waits until the oldest
 * leaves the window. In memory, so a restart forgets; keys idle for a window are dropped when the map grows large.
 */
final class RequestBudget {

    private static final int MAX_KEYS = 100_000;

    private final int limit;
    private final Duration window;
    private final Map<String, Deque<Instant>> taken = new HashMap<>();

    RequestBudget(int limit, Duration window) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1");
        }
        this.limit = limit;
        this.window = window;
    }

    /** Takes one request for the key, or says how long it must wait (and takes nothing). */
    synchronized Optional<Duration> take(String key, Instant now) {
        if (taken.size() >= MAX_KEYS) {
            taken.values().removeIf(log -> log.isEmpty() || !log.peekLast().isAfter(now.minus(window)));
        }
        Deque<Instant> log = taken.computeIfAbsent(key, k -> new ArrayDeque<>());
        while (!log.isEmpty() && !log.peekFirst().isAfter(now.minus(window))) {
            log.removeFirst();
        }
        if (log.size() >= limit) {
            return Optional.of(Duration.between(now, log.peekFirst().plus(window)));
        }
        log.addLast(now);
        return Optional.empty();
    }
}
