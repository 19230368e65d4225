package org.legible.system.throttle;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * At most {@code limit} requests per key in any {@code window} (a sliding log): the next one waits until the oldest
 * leaves the window. Kept in the database, so every server counts the same requests; two servers taking the last one
 * at the same moment may both get it.
 */
public final class RequestBudget {

    private final ThrottleEvents events;
    private final int limit;
    private final Duration window;

    public RequestBudget(JdbcClient jdbc, String name, int limit, Duration window) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1");
        }
        this.events = new ThrottleEvents(jdbc, name);
        this.limit = limit;
        this.window = window;
    }

    /** Takes one request for the key, or says how long it must wait (and takes nothing). */
    public Optional<Duration> take(String key, Instant now) {
        String hash = ThrottleEvents.hash(key);
        // Counted, not read: one address can hold a whole hour's sign-ups (everyone behind one proxy).
        if (events.countAfter(hash, now.minus(window)) >= limit) {
            // The window frees a place when the limit-th newest request leaves it.
            return Optional.of(
                    Duration.between(now, events.nthNewest(hash, limit).plus(window)));
        }
        events.add(hash, now);
        return Optional.empty();
    }
}
