package org.legible.system.throttle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.legible.support.TestDatabases;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The sign-in lockout's rules, on a real SQLite file, and counted together by two servers on one PostgreSQL. */
class LockoutTest {

    private static Lockout lockout(JdbcClient jdbc) {
        return new Lockout(jdbc, "test", 5, Duration.ofMinutes(1), Duration.ofMinutes(1), Duration.ofMinutes(15));
    }

    private final Lockout throttle = lockout(JdbcClient.create(TestDatabases.migrated(TestDatabases.Kind.SQLITE)));
    private final Instant start = Instant.parse("2026-03-01T10:00:00Z");

    @Test
    void four_failures_in_a_minute_are_allowed_and_the_fifth_locks_for_a_minute() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("a", start.plusSeconds(i));
        }
        assertThat(throttle.lockedFor("a", start.plusSeconds(5))).isEmpty();
        throttle.failed("a", start.plusSeconds(5));
        assertThat(throttle.lockedFor("a", start.plusSeconds(6))).contains(Duration.ofSeconds(59));
        assertThat(throttle.lockedFor("a", start.plusSeconds(66))).isEmpty();
    }

    @Test
    void failures_spread_wider_than_the_window_never_lock() {
        for (int i = 0; i < 20; i++) {
            throttle.failed("a", start.plusSeconds(i * 20L));
        }
        assertThat(throttle.lockedFor("a", start.plusSeconds(20 * 20L))).isEmpty();
    }

    @Test
    void each_further_lockout_doubles_the_wait_up_to_the_cap() {
        Instant now = start;
        Duration[] expected = {
            Duration.ofMinutes(1),
            Duration.ofMinutes(2),
            Duration.ofMinutes(4),
            Duration.ofMinutes(8),
            Duration.ofMinutes(15),
            Duration.ofMinutes(15)
        };
        for (Duration wait : expected) {
            for (int i = 0; i < 5; i++) {
                throttle.failed("a", now);
            }
            assertThat(throttle.lockedFor("a", now)).contains(wait);
            now = now.plus(wait);
        }
    }

    @Test
    void a_success_clears_the_key_and_other_keys_are_not_affected() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("a", start);
        }
        assertThat(throttle.lockedFor("b", start)).isEmpty();
        throttle.succeeded("a");
        assertThat(throttle.lockedFor("a", start)).isEmpty();
    }

    @Test
    void two_servers_on_one_database_count_the_same_failures_and_honour_the_same_lock() {
        JdbcClient database = JdbcClient.create(TestDatabases.migrated(TestDatabases.Kind.POSTGRESQL));
        Lockout first = lockout(database);
        Lockout second = lockout(database);
        for (int i = 0; i < 4; i++) {
            (i % 2 == 0 ? first : second).failed("ann@example.com", start.plusSeconds(i));
        }
        assertThat(first.lockedFor("ann@example.com", start.plusSeconds(4))).isEmpty();

        second.failed("ann@example.com", start.plusSeconds(4));

        assertThat(first.lockedFor("ann@example.com", start.plusSeconds(5))).contains(Duration.ofSeconds(59));
        assertThat(database.sql("SELECT COUNT(*) FROM throttle_lock WHERE key_hash LIKE '%ann%'")
                        .query(Integer.class)
                        .single())
                .as("keys are kept only as hashes")
                .isZero();
    }
}
