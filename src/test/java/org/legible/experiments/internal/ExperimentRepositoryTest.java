package org.legible.experiments.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.legible.accounts.AccountId;
import org.legible.diary.Vocabulary.Strategy;
import org.legible.experiments.Experiment;
import org.legible.support.TestDatabases;
import org.legible.support.TestDatabases.Kind;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

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
}
