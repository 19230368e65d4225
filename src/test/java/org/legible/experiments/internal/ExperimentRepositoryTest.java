package org.legible.experiments.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.legible.accounts.AccountId;
import org.legible.diary.Vocabulary.Strategy;
import org.legible.experiments.Experiment;
import org.legible.insights.BlockSchedule.Arm;
import org.legible.support.TestDatabases;
import org.legible.support.TestDatabases.Kind;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Personal experiments on both databases: kept as started, newest first, ended once, only the owner's. */
class ExperimentRepositoryTest {

    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00.250Z");

    @ParameterizedTest
    @MethodSource("org.legible.support.TestDatabases#both")
    void experiments_read_back_newest_first_end_once_and_belong_to_their_account(Kind kind) {
        JdbcClient jdbc = JdbcClient.create(TestDatabases.migrated(kind));
        ExperimentRepository repository = new ExperimentRepository(jdbc);
        AccountId ann = TestDatabases.account(jdbc, "ann@example.com");
        AccountId bob = TestDatabases.account(jdbc, "bob@example.com");
        Experiment heat = new Experiment("e-1", Strategy.HEAT, LocalDate.of(2026, 10, 1), 14, null, NOW);
        Experiment stretching =
                new Experiment("e-2", Strategy.STRETCHING, LocalDate.of(2026, 11, 1), 28, null, NOW.plusSeconds(1));
        repository.insert(ann, heat);
        repository.insert(ann, stretching);

        assertThat(repository.list(ann)).containsExactly(stretching, heat);
        assertThat(repository.list(bob)).isEmpty();
        assertThat(repository.find(bob, "e-1")).isEmpty();

        assertThat(repository.end(bob, "e-2", LocalDate.of(2026, 11, 5))).isFalse();
        assertThat(repository.end(ann, "e-2", LocalDate.of(2026, 11, 5))).isTrue();
        assertThat(repository.end(ann, "e-2", LocalDate.of(2026, 11, 6)))
                .as("ended once")
                .isFalse();
        assertThat(repository.find(ann, "e-2"))
                .get()
                .extracting(Experiment::endedOn)
                .isEqualTo(LocalDate.of(2026, 11, 5));

        assertThat(repository.delete(bob, "e-1")).isFalse();
        assertThat(repository.delete(ann, "e-1")).isTrue();
        assertThat(repository.list(ann)).extracting(Experiment::id).containsExactly("e-2");
    }

    @ParameterizedTest
    @MethodSource("org.legible.support.TestDatabases#both")
    void two_open_experiments_cannot_start_on_the_same_day_but_one_stopped_that_day_leaves_it_free(Kind kind) {
        JdbcClient jdbc = JdbcClient.create(TestDatabases.migrated(kind));
        ExperimentRepository repository = new ExperimentRepository(jdbc);
        AccountId ann = TestDatabases.account(jdbc, "ann@example.com");
        AccountId bob = TestDatabases.account(jdbc, "bob@example.com");
        LocalDate day = LocalDate.of(2026, 11, 23);
        repository.insert(ann, new Experiment("e-1", Strategy.HEAT, day, 14, null, NOW));

        assertThatThrownBy(() -> repository.insert(ann, new Experiment("e-2", Strategy.STRETCHING, day, 14, null, NOW)))
                .as("what two starts sent at once would make")
                .isInstanceOf(DuplicateKeyException.class);
        repository.insert(bob, new Experiment("e-3", Strategy.HEAT, day, 14, null, NOW));

        assertThat(repository.end(ann, "e-1", day)).isTrue();
        repository.insert(ann, new Experiment("e-4", Strategy.STRETCHING, day, 14, null, NOW));
        assertThat(repository.list(ann)).extracting(Experiment::id).containsExactlyInAnyOrder("e-1", "e-4");
    }

    @ParameterizedTest
    @MethodSource("org.legible.support.TestDatabases#both")
    void block_experiments_read_back_with_their_design_strategies_and_drawn_order(Kind kind) {
        JdbcClient jdbc = JdbcClient.create(TestDatabases.migrated(kind));
        ExperimentRepository repository = new ExperimentRepository(jdbc);
        AccountId ann = TestDatabases.account(jdbc, "ann@example.com");
        Experiment onAndOff = new Experiment(
                "e-1",
                Strategy.HEAT,
                LocalDate.of(2026, 10, 1),
                28,
                null,
                NOW,
                new Experiment.Blocks(null, 7, 1, List.of(Arm.B, Arm.A)));
        repository.insert(ann, onAndOff);

        assertThat(repository.find(ann, "e-1")).contains(onAndOff);
        assertThat(repository.find(ann, "e-1").orElseThrow().design()).isEqualTo(Experiment.Design.ON_AND_OFF);
        assertThatThrownBy(() -> new Experiment(
                        "e-2",
                        Strategy.HEAT,
                        LocalDate.of(2026, 11, 1),
                        48,
                        null,
                        NOW,
                        new Experiment.Blocks(
                                Strategy.STRETCHING, 4, 0, List.of(Arm.A, Arm.B, Arm.B, Arm.A, Arm.A, Arm.B))))
                .as("six pairs is more than any plan draws")
                .isInstanceOf(IllegalArgumentException.class);
        Experiment fourPairs = new Experiment(
                "e-3",
                Strategy.HEAT,
                LocalDate.of(2026, 11, 1),
                32,
                LocalDate.of(2026, 11, 9),
                NOW.plusSeconds(1),
                new Experiment.Blocks(Strategy.STRETCHING, 4, 0, List.of(Arm.A, Arm.B, Arm.B, Arm.A)));
        repository.insert(ann, fourPairs);
        assertThat(repository.list(ann)).containsExactly(fourPairs, onAndOff);
        assertThat(fourPairs.design()).isEqualTo(Experiment.Design.A_AGAINST_B);
    }

    @ParameterizedTest
    @MethodSource("org.legible.support.TestDatabases#both")
    void two_ways_of_one_strategy_read_back_with_what_was_said_of_each_day_and_go_with_their_experiment(Kind kind) {
        JdbcClient jdbc = JdbcClient.create(TestDatabases.migrated(kind));
        ExperimentRepository repository = new ExperimentRepository(jdbc);
        AccountId ann = TestDatabases.account(jdbc, "ann@example.com");
        AccountId bob = TestDatabases.account(jdbc, "bob@example.com");
        Experiment ways = new Experiment(
                "e-1",
                Strategy.MEDICATION,
                LocalDate.of(2026, 11, 1),
                28,
                null,
                NOW,
                new Experiment.Blocks(
                        Strategy.MEDICATION, 7, 2, List.of(Arm.A, Arm.B), "150 mg at night", "75 mg twice a day"));
        repository.insert(ann, ways);
        LocalDate first = LocalDate.of(2026, 11, 1);

        repository.answer(ann, "e-1", first, true);
        repository.answer(ann, "e-1", first.plusDays(1), true);
        repository.answer(ann, "e-1", first.plusDays(1), false);

        assertThat(repository.find(ann, "e-1")).contains(ways);
        assertThat(ways.blocks().asksFollowed()).isTrue();
        assertThat(repository.answers(ann, "e-1"))
                .as("a second answer for a day replaces the first")
                .containsExactly(Map.entry(first, true), Map.entry(first.plusDays(1), false));
        assertThat(repository.answers(bob, "e-1")).isEmpty();

        repository.delete(ann, "e-1");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM experiment_day")
                        .query(Integer.class)
                        .single())
                .as("what was said goes with its experiment")
                .isZero();
        assertThatThrownBy(() -> new Experiment.Blocks(null, 7, 0, List.of(Arm.A), "at night", null))
                .as("on and off has no ways")
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Experiment(
                        "e-2",
                        Strategy.MEDICATION,
                        first,
                        14,
                        null,
                        NOW,
                        new Experiment.Blocks(Strategy.MEDICATION, 7, 0, List.of(Arm.A), "At night", "at night")))
                .as("one strategy twice needs two different ways")
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @MethodSource("org.legible.support.TestDatabases#both")
    void experiments_from_before_blocks_keep_working_as_before_and_after(Kind kind) {
        DataSource before = TestDatabases.migratedTo(kind, "32");
        JdbcClient jdbc = JdbcClient.create(before);
        AccountId ann = TestDatabases.account(jdbc, "ann@example.com");
        jdbc.sql("""
                INSERT INTO experiment (id, account_id, strategy, started_on, days, ended_on, created_at)
                VALUES ('e-old', :account, 'heat', '2026-09-01', 21, NULL, '2026-09-01T08:00:00Z')
                """).param("account", ann.value()).update();

        TestDatabases.migrate(before, kind, "latest");

        Experiment old = new ExperimentRepository(jdbc).find(ann, "e-old").orElseThrow();
        assertThat(old)
                .isEqualTo(new Experiment(
                        "e-old",
                        Strategy.HEAT,
                        LocalDate.of(2026, 9, 1),
                        21,
                        null,
                        Instant.parse("2026-09-01T08:00:00Z")));
        assertThat(old.design()).isEqualTo(Experiment.Design.BEFORE_AND_AFTER);
        assertThat(old.schedule()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("org.legible.support.TestDatabases#both")
    void a_second_start_waits_for_the_first_and_then_sees_it_whatever_day_each_plans(Kind kind) throws Exception {
        DataSource dataSource = TestDatabases.migrated(kind);
        JdbcClient jdbc = JdbcClient.create(dataSource);
        ExperimentRepository repository = new ExperimentRepository(jdbc);
        TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        AccountId ann = TestDatabases.account(jdbc, "ann@example.com");
        CountDownLatch firstHolds = new CountDownLatch(1);
        CountDownLatch secondAsks = new CountDownLatch(1);
        ExecutorService second = Executors.newSingleThreadExecutor();
        try {
            Future<List<Experiment>> seenBySecond = second.submit(() -> {
                firstHolds.await();
                secondAsks.countDown();
                return transaction.execute(status -> {
                    repository.holdStarts(ann, NOW);
                    return repository.list(ann);
                });
            });
            transaction.executeWithoutResult(status -> {
                repository.holdStarts(ann, NOW);
                assertThat(repository.list(ann)).isEmpty();
                repository.insert(ann, new Experiment("e-1", Strategy.HEAT, LocalDate.of(2026, 12, 8), 14, null, NOW));
                firstHolds.countDown();
                try {
                    // Let the second ask while this one holds (it waits either way; this only makes the test bite).
                    secondAsks.await();
                    Thread.sleep(300);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            assertThat(seenBySecond.get(30, TimeUnit.SECONDS))
                    .as("the second start sees the first, so the one-at-a-time check refuses it")
                    .extracting(Experiment::id)
                    .containsExactly("e-1");
        } finally {
            second.shutdownNow();
        }
    }
}
