package org.legible.system.throttle;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.legible.system.sql.SqlValues;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Soft lockout for one kind of key (an account, an address): after {@code maxFailures} failures within {@code window},
 * the key is refused for a while. Each further lockout doubles the wait up to {@code maxLock}; an hour without
 * failures forgets the history. No lock is permanent (ASVS 6.3.1). Kept in the database, so every server counts the
 * same failures and honours the same lock, and a restart forgets nothing.
 */
public final class Lockout {

    private static final Duration FORGET_AFTER = Duration.ofHours(1);

    private final ThrottleEvents events;
    private final int maxFailures;
    private final Duration window;
    private final Duration firstLock;
    private final Duration maxLock;

    private record State(int lockouts, Instant lockedUntil, Instant lastFailure) {}

    public Lockout(
            JdbcClient jdbc, String name, int maxFailures, Duration window, Duration firstLock, Duration maxLock) {
        this.events = new ThrottleEvents(jdbc, name);
        this.maxFailures = maxFailures;
        this.window = window;
        this.firstLock = firstLock;
        this.maxLock = maxLock;
    }

    /** How long the key must still wait, if it is locked now. */
    public Optional<Duration> lockedFor(String key, Instant now) {
        return state(ThrottleEvents.hash(key))
                .filter(state -> state.lockedUntil().isAfter(now))
                .map(state -> Duration.between(now, state.lockedUntil()));
    }

    public void failed(String key, Instant now) {
        String hash = ThrottleEvents.hash(key);
        Optional<State> before = state(hash);
        int lockouts = before.filter(s -> !s.lastFailure().plus(FORGET_AFTER).isBefore(now))
                .map(State::lockouts)
                .orElse(0);
        Instant lockedUntil = before.map(State::lockedUntil).orElse(Instant.EPOCH);
        events.add(hash, now);
        if (events.countAfter(hash, now.minus(window)) >= maxFailures) {
            events.forget(hash);
            Duration lock = firstLock.multipliedBy(1L << Math.min(lockouts, 20));
            lockedUntil = now.plus(lock.compareTo(maxLock) > 0 ? maxLock : lock);
            lockouts++;
        }
        events.jdbc()
                .sql("""
                        INSERT INTO throttle_lock (name, key_hash, lockouts, locked_until, last_failure)
                        VALUES (:name, :key, :lockouts, :until, :now)
                        ON CONFLICT (name, key_hash) DO UPDATE SET lockouts = excluded.lockouts,
                            locked_until = excluded.locked_until, last_failure = excluded.last_failure""")
                .param("name", events.name())
                .param("key", hash)
                .param("lockouts", lockouts)
                .param("until", SqlValues.instant(lockedUntil))
                .param("now", SqlValues.instant(now))
                .update();
    }

    public void succeeded(String key) {
        String hash = ThrottleEvents.hash(key);
        events.forget(hash);
        events.jdbc()
                .sql("DELETE FROM throttle_lock WHERE name = :name AND key_hash = :key")
                .param("name", events.name())
                .param("key", hash)
                .update();
    }

    private Optional<State> state(String hash) {
        return events.jdbc()
                .sql(
                        "SELECT lockouts, locked_until, last_failure FROM throttle_lock WHERE name = :name AND key_hash = :key")
                .param("name", events.name())
                .param("key", hash)
                .query((rs, row) ->
                        new State(rs.getInt(1), SqlValues.instant(rs.getString(2)), SqlValues.instant(rs.getString(3))))
                .optional();
    }
}
