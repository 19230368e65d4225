package org.legible.accounts.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.legible.system.throttle.Lockout;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Sign-up attempts per address: each one, whatever its outcome, counts, since each can ask whether an e-mail already
 * has an account. Past {@code LEGIBLE_SIGNUP_PER_HOUR} in an hour the address waits a quarter of an hour, longer if it
 * goes on (up to an hour), so the question cannot be asked for a list of addresses.
 */
@Component
public class SignupThrottle {

    private final Lockout byAddress;
    private final Clock clock;

    SignupThrottle(@Value("${legible.signup-per-hour:10}") int perHour, JdbcClient jdbc, Clock clock) {
        this.byAddress = new Lockout(
                jdbc, "sign-up-address", perHour, Duration.ofHours(1), Duration.ofMinutes(15), Duration.ofHours(1));
        this.clock = clock;
    }

    /** Counts an attempt from {@code address}; how long it must wait instead, when it is over the limit. */
    public Optional<Duration> attempt(String address) {
        Optional<Duration> wait = byAddress.lockedFor(address, clock.instant());
        if (wait.isEmpty()) {
            byAddress.failed(address, clock.instant());
        }
        return wait;
    }
}
