package org.legible.system.throttle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.legible.support.TestDatabases;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The expensive-request budget's rules on a real SQLite file. */
class RequestBudgetTest {

    private final JdbcClient jdbc = JdbcClient.create(TestDatabases.migrated(TestDatabases.Kind.SQLITE));

    private static final Instant T = Instant.parse("2026-11-22T10:00:00Z");

    @Test
    void allowsTheLimitInAnyWindowAndSaysHowLongTheNextMustWait() {
        RequestBudget budget = new RequestBudget(jdbc, "test", 3, Duration.ofMinutes(1));

        assertThat(budget.take("ann", T)).isEmpty();
        assertThat(budget.take("ann", T.plusSeconds(10))).isEmpty();
        assertThat(budget.take("ann", T.plusSeconds(20))).isEmpty();
        // The oldest of the three leaves the window at T + 60 s: 30 s from T + 30 s.
        assertThat(budget.take("ann", T.plusSeconds(30))).contains(Duration.ofSeconds(30));
        assertThat(budget.take("bob", T.plusSeconds(30)))
                .as("another key has its own budget")
                .isEmpty();
        assertThat(budget.take("ann", T.plusSeconds(60)))
                .as("the first request has left the window")
                .isEmpty();
        assertThat(budget.take("ann", T.plusSeconds(61))).contains(Duration.ofSeconds(9));
    }

    @Test
    void aRefusedRequestTakesNothing() {
        RequestBudget budget = new RequestBudget(jdbc, "test", 1, Duration.ofMinutes(1));
        budget.take("ann", T);
        for (int i = 1; i <= 5; i++) {
            assertThat(budget.take("ann", T.plusSeconds(i))).isPresent();
        }
        assertThat(budget.take("ann", T.plusSeconds(60))).isEmpty();
    }
}
