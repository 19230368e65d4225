package org.legible.checkup.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.legible.accounts.AccountId;
import org.legible.checkup.CheckUp;
import org.legible.checkup.CheckUpAnswers;
import org.legible.checkup.CheckUpId;
import org.legible.checkup.Question;
import org.legible.diary.Vocabulary.Helped;
import org.legible.diary.Vocabulary.Strategy;
import org.legible.insights.patterns.Mechanism;
import org.legible.support.TestDatabases;
import org.legible.support.TestDatabases.Kind;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Check-up SQL, the same cases on SQLite and PostgreSQL. */
class CheckUpRepositoryTest {

    private static final Instant NOW = Instant.parse("2026-11-22T09:00:00.125Z");

    private JdbcClient jdbc;
    private CheckUpRepository checkUps;

    private void open(Kind kind) {
        jdbc = JdbcClient.create(TestDatabases.migrated(kind));
        checkUps = new CheckUpRepository(jdbc);
    }

    private static CheckUpAnswers answers(String heel, String medications) {
        return new CheckUpAnswers(
                Map.of(
                        Question.WHERE, List.of("heel-left", "sole-left"),
                        Question.FIRST_STEP_HEEL_PAIN, List.of(heel)),
                Map.of(Strategy.HEAT, Helped.A_LITTLE),
                medications);
    }

    @ParameterizedTest
    @MethodSource("org.legible.support.TestDatabases#both")
    void answers_are_kept_exactly_as_given_and_frozen_once_finished(Kind kind) {
        open(kind);
        AccountId ann = TestDatabases.account(jdbc, "ann@example.com");
        CheckUpId id = CheckUpId.random();
        checkUps.insert(ann, id, NOW);
        assertThat(checkUps.replaceAnswers(ann, id, answers("not_sure", null), NOW))
                .isTrue();
        assertThat(checkUps.draft(ann).orElseThrow().answers()).isEqualTo(answers("not_sure", null));

        Instant later = NOW.plusSeconds(300);
        checkUps.replaceAnswers(ann, id, answers("yes", "pregabalin 75 mg"), later);
        checkUps.markFinished(ann, id, later, 1, List.of(Mechanism.PLANTAR_HEEL));

        CheckUp done = checkUps.find(ann, id).orElseThrow();
        assertThat(done.finished()).isTrue();
        assertThat(done.startedAt()).isEqualTo(NOW);
        assertThat(done.completedAt()).isEqualTo(later);
        assertThat(done.ruleVersion()).isEqualTo(1);
        assertThat(done.mechanisms()).containsExactly(Mechanism.PLANTAR_HEEL);
        assertThat(done.answers()).isEqualTo(answers("yes", "pregabalin 75 mg"));
        assertThat(checkUps.replaceAnswers(ann, id, answers("no", null), later))
                .as("a finished check-up cannot be changed")
                .isFalse();
        assertThat(checkUps.draft(ann)).isEmpty();
        assertThat(checkUps.finished(ann)).extracting(CheckUp::id).containsExactly(id);
    }

    @ParameterizedTest
    @MethodSource("org.legible.support.TestDatabases#both")
    void one_account_never_reads_or_deletes_anothers_and_deleting_an_account_removes_its_check_ups(Kind kind) {
        open(kind);
        AccountId ann = TestDatabases.account(jdbc, "ann@example.com");
        AccountId bob = TestDatabases.account(jdbc, "bob@example.com");
        CheckUpId id = CheckUpId.random();
        checkUps.insert(ann, id, NOW);
        checkUps.replaceAnswers(ann, id, answers("yes", null), NOW);

        assertThat(checkUps.find(bob, id)).isEmpty();
        assertThat(checkUps.draft(bob)).isEmpty();
        assertThat(checkUps.exists(bob, id)).isFalse();
        assertThat(checkUps.exists(id)).isTrue();
        assertThat(checkUps.replaceAnswers(bob, id, answers("no", null), NOW)).isFalse();
        assertThat(checkUps.delete(bob, id)).isFalse();
        assertThat(checkUps.find(ann, id)).isPresent();

        jdbc.sql("DELETE FROM account WHERE id = :id").param("id", ann.value()).update();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM check_up_answer")
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM check_up")
                        .query(Integer.class)
                        .single())
                .isZero();
    }
}
