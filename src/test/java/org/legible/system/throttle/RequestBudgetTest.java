package org.legible.system.throttle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.legible.support.TestDatabases;
import org.legible.support.TestDatabases.Kind;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The expensive-request budget's rules on a real SQLite file and a real PostgreSQL. */
class RequestBudgetTest {

    private static final Instant T = Instant.parse("2026-11-22T10:00:00Z");
    private static final Duration WINDOW = Duration.ofMinutes(1);

    @ParameterizedTest
    @MethodSource("org.legible.support.TestDatabases#both")
    void allowsTheLimitInAnyWindowAndSaysHowLongTheNextMustWait(Kind kind) {
        RequestBudget budget = new RequestBudget(JdbcClient.create(TestDatabases.migrated(kind)), "test", 3, WINDOW);

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

    @ParameterizedTest
    @MethodSource("org.legible.support.TestDatabases#both")
    void aRefusedRequestTakesNothing(Kind kind) {
        RequestBudget budget = new RequestBudget(JdbcClient.create(TestDatabases.migrated(kind)), "test", 1, WINDOW);
        budget.take("ann", T);
        for (int i = 1; i <= 5; i++) {
            assertThat(budget.take("ann", T.plusSeconds(i))).isPresent();
        }
        assertThat(budget.take("ann", T.plusSeconds(60))).isEmpty();
    }
}
