package org.legible.accounts.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Soft lockout for one kind of key (an account, or an address): after {@code maxFailures} failures within
 * {@code window}, the key is refused for a while. Each further lockout doubles the wait up to {@code maxLock}; an
 * hour without failures forgets the history. No lock is permanent (ASVS 6.3.1). In memory, so a restart forgets.
 */
final class LoginThrottle {

    private static final Duration FORGET_AFTER = Duration.ofHours(1);
    private static final int MAX_KEYS = 100_000;

    private final int maxFailures;
    private final Duration window;
    private final Duration firstLock;
    private final Duration maxLock;
    private final Map<String, State> states = new HashMap<>();

    private static final class State {
        final Deque<Instant> failures = new ArrayDeque<>();
        int lockouts;
        Instant lockedUntil = Instant.MIN;
        Instant lastFailure = Instant.MIN;
    }

    LoginThrottle(int maxFailures, Duration window, Duration firstLock, Duration maxLock) {
        this.maxFailures = maxFailures;
        this.window = window;
        this.firstLock = firstLock;
        this.maxLock = maxLock;
    }

    /** How long the key must still wait, if it is locked now. */
    synchronized Optional<Duration> lockedFor(String key, Instant now) {
        State state = states.get(key);
        if (state == null || !state.lockedUntil.isAfter(now)) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(now, state.lockedUntil));
    }

    synchronized void failed(String key, Instant now) {
        if (states.size() >= MAX_KEYS) {
            forgetIdle(now);
        }
        State state = states.computeIfAbsent(key, k -> new State());
        if (state.lastFailure.plus(FORGET_AFTER).isBefore(now)) {
            state.lockouts = 0;
        }
        state.lastFailure = now;
        while (!state.failures.isEmpty() && !state.failures.peekFirst().isAfter(now.minus(window))) {
            state.failures.removeFirst();
        }
        state.failures.addLast(now);
        if (state.failures.size() >= maxFailures) {
            state.failures.clear();
            Duration lock = firstLock.multipliedBy(1L << Math.min(state.lockouts, 20));
            state.lockedUntil = now.plus(lock.compareTo(maxLock) > 0 ? maxLock : lock);
            state.lockouts++;
        }
    }

    synchronized void succeeded(String key) {
        states.remove(key);
    }

    private void forgetIdle(Instant now) {
        states.values()
                .removeIf(s -> !s.lockedUntil.isAfter(now)
                        && s.lastFailure.plus(FORGET_AFTER).isBefore(now));
    }
}
