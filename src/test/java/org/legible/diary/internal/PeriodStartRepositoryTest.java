package org.legible.diary.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.legible.accounts.AccountId;
import org.legible.support.TestDatabases;
import org.legible.support.TestDatabases.Kind;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The days a period started, the same on both databases. */
class PeriodStartRepositoryTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 1);

    @ParameterizedTest
    @MethodSource("org.legible.support.TestDatabases#both")
    void days_read_back_earliest_first_once_each_and_only_for_their_account(Kind kind) {
        JdbcClient jdbc = JdbcClient.create(TestDatabases.migrated(kind));
        PeriodStartRepository starts = new PeriodStartRepository(jdbc);
        AccountId ann = TestDatabases.account(jdbc, "ann@example.com");
        AccountId bob = TestDatabases.account(jdbc, "bob@example.com");

        starts.mark(ann, DAY);
        starts.mark(ann, DAY.minusDays(56));
        starts.mark(ann, DAY.minusDays(28));
        starts.mark(ann, DAY);
        starts.mark(bob, DAY.minusDays(3));

        assertThat(starts.all(ann)).containsExactly(DAY.minusDays(56), DAY.minusDays(28), DAY);
        assertThat(starts.all(bob)).containsExactly(DAY.minusDays(3));

        assertThat(starts.unmark(ann, DAY.minusDays(28))).isTrue();
        assertThat(starts.unmark(ann, DAY.minusDays(28))).as("no longer marked").isFalse();
        assertThat(starts.unmark(bob, DAY)).as("another person's day").isFalse();
        assertThat(starts.all(ann)).containsExactly(DAY.minusDays(56), DAY);

        jdbc.sql("DELETE FROM account WHERE id = :id").param("id", ann.value()).update();
        assertThat(starts.all(ann)).as("they go with the account").isEmpty();
        assertThat(starts.all(bob)).hasSize(1);
    }
}
