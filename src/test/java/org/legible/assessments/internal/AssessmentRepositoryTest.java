package org.legible.assessments.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.legible.accounts.AccountId;
import org.legible.assessments.AnswerSheet;
import org.legible.assessments.Assessment;
import org.legible.assessments.AssessmentId;
import org.legible.assessments.Instrument;
import org.legible.assessments.OutsideScore;
import org.legible.support.TestDatabases;
import org.legible.support.TestDatabases.Kind;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Assessment, outside-score and schedule SQL, the same cases on SQLite and PostgreSQL. */
class AssessmentRepositoryTest {

    private static final Instant NOW = Instant.parse("2026-03-10T12:00:00.250Z");
    private static final LocalDate DAY = LocalDate.of(2026, 3, 10);
    private static final String ACR = Instrument.ACR_2016.currentVersion();

    private JdbcClient jdbc;
    private AssessmentRepository assessments;
    private OutsideScoreRepository scores;
    private ScheduleRepository schedules;

    private void open(Kind kind) {
        jdbc = JdbcClient.create(TestDatabases.migrated(kind));
        assessments = new AssessmentRepository(jdbc);
        scores = new OutsideScoreRepository(jdbc);
        schedules = new ScheduleRepository(jdbc);
    }

    private AccountId account(String email) {
        return TestDatabases.account(jdbc, email);
    }

    @ParameterizedTest
    @MethodSource("org.legible.support.TestDatabases#both")
    void answers_are_kept_item_by_item_exactly_as_given_and_frozen_once_finished(Kind kind) {
        open(kind);
        AccountId ann = account("ann@example.com");
        AssessmentId id = AssessmentId.random();
        assessments.insert(ann, id, ACR, DAY, NOW);
        assertThat(assessments.replaceAnswers(
                        ann, id, new AnswerSheet(Map.of("neck", "yes", "fatigue", "2")), DAY, NOW))
                .isTrue();
        Assessment draft = assessments.latestDraft(ann, ACR).orElseThrow();
        assertThat(draft.complete()).isFalse();
        assertThat(draft.version()).isEqualTo("acr-2016-self-report");
        assertThat(draft.answers().answers()).containsExactlyInAnyOrderEntriesOf(Map.of("neck", "yes", "fatigue", "2"));

        Instant later = NOW.plusSeconds(600);
        assessments.replaceAnswers(
                ann, id, new AnswerSheet(Map.of("neck", "no", "fatigue", "3")), DAY.plusDays(1), later);
        assessments.markComplete(ann, id, later);
        Assessment done = assessments.find(ann, id).orElseThrow();
        assertThat(done.complete()).isTrue();
        assertThat(done.day()).isEqualTo(DAY.plusDays(1));
        assertThat(done.startedAt()).isEqualTo(NOW);
        assertThat(done.completedAt()).isEqualTo(later);
        assertThat(done.answers().answers()).containsExactlyInAnyOrderEntriesOf(Map.of("neck", "no", "fatigue", "3"));
        assertThat(assessments.replaceAnswers(ann, id, new AnswerSheet(Map.of("neck", "yes")), DAY, later))
                .as("a finished assessment cannot be changed")
                .isFalse();
        assertThat(assessments.find(ann, id).orElseThrow().answers().get("neck"))
                .contains("no");
        assertThat(assessments.latestDraft(ann, ACR)).isEmpty();
        assertThat(assessments.completed(ann, ACR)).extracting(Assessment::id).containsExactly(id);
        assertThat(assessments.lastCompletedDay(ann, ACR)).contains(DAY.plusDays(1));
    }

    @ParameterizedTest
    @MethodSource("org.legible.support.TestDatabases#both")
    void answers_kept_as_the_diary_suggested_them_are_remembered_as_suggested_and_only_those(Kind kind) {
        open(kind);
        AccountId ann = account("ann@example.com");
        AssessmentId id = AssessmentId.random();
        assessments.insert(ann, id, ACR, DAY, NOW);
        assessments.replaceAnswers(
                ann,
                id,
                new AnswerSheet(
                        Map.of("hip_left", "yes", "upper_leg_left", "yes", "neck", "yes"),
                        java.util.Set.of("hip_left", "upper_leg_left", "lower_leg_left")),
                DAY,
                NOW);
        AnswerSheet stored = assessments.find(ann, id).orElseThrow().answers();
        assertThat(stored.suggested())
                .as("an unanswered suggestion is not stored as one")
                .containsExactlyInAnyOrder("hip_left", "upper_leg_left");
        assertThat(stored.wasSuggested("neck")).isFalse();
    }

    @ParameterizedTest
    @MethodSource("org.legible.support.TestDatabases#both")
    void one_account_never_reads_changes_or_deletes_anothers_and_deleting_an_account_removes_all(Kind kind) {
        open(kind);
        AccountId ann = account("ann@example.com");
        AccountId bob = account("bob@example.com");
        AssessmentId id = AssessmentId.random();
        assessments.insert(ann, id, ACR, DAY, NOW);
        assessments.replaceAnswers(ann, id, new AnswerSheet(Map.of("neck", "yes")), DAY, NOW);
        scores.insert(ann, new OutsideScore(null, OutsideScore.Kind.FIQR, null, DAY, new BigDecimal("47.25")), NOW);
        schedules.set(ann, "acr-2016", 14);

        assertThat(assessments.find(bob, id)).isEmpty();
        assertThat(assessments.replaceAnswers(bob, id, new AnswerSheet(Map.of("neck", "no")), DAY, NOW))
                .isFalse();
        assertThat(assessments.delete(bob, id)).isFalse();
        assertThat(scores.list(bob)).isEmpty();
        assertThat(scores.delete(bob, scores.list(ann).get(0).id())).isFalse();
        assertThat(schedules.intervals(bob)).isEmpty();
        assertThat(assessments.lastCompletedDay(bob, ACR)).isEmpty();

        jdbc.sql("DELETE FROM account WHERE id = :id").param("id", ann.value()).update();
        for (String table : new String[] {"assessment", "assessment_answer", "outside_score", "assessment_schedule"}) {
            assertThat(jdbc.sql("SELECT COUNT(*) FROM " + table)
                            .query(Integer.class)
                            .single())
                    .as(table)
                    .isZero();
        }
    }

    @ParameterizedTest
    @MethodSource("org.legible.support.TestDatabases#both")
    void outside_scores_keep_their_decimals_and_order_and_schedules_replace_the_interval(Kind kind) {
        open(kind);
        AccountId ann = account("ann@example.com");
        scores.insert(
                ann, new OutsideScore(null, OutsideScore.Kind.OTHER, "painDETECT", DAY, new BigDecimal("-1")), NOW);
        scores.insert(
                ann,
                new OutsideScore(null, OutsideScore.Kind.FIQR, null, DAY.minusDays(30), new BigDecimal("33.33")),
                NOW);
        assertThat(scores.list(ann))
                .extracting(OutsideScore::measuredOn, OutsideScore::score, OutsideScore::name)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(DAY.minusDays(30), new BigDecimal("33.33"), null),
                        org.assertj.core.groups.Tuple.tuple(DAY, new BigDecimal("-1"), "painDETECT"));
        String first = scores.list(ann).get(0).id();
        assertThat(scores.delete(ann, first)).isTrue();
        assertThat(scores.list(ann)).hasSize(1);

        schedules.set(ann, "acr-2016", 14);
        schedules.set(ann, "acr-2016", 0);
        assertThat(schedules.intervals(ann)).containsExactly(Map.entry("acr-2016", 0));
    }

    @ParameterizedTest
    @MethodSource("org.legible.support.TestDatabases#both")
    void all_lists_finished_and_unfinished_oldest_first_and_exists_tells_this_account_from_any(Kind kind) {
        open(kind);
        AccountId ann = account("ann@example.com");
        AccountId bob = account("bob@example.com");
        AssessmentId later = AssessmentId.random();
        AssessmentId earlier = AssessmentId.random();
        assessments.insert(ann, later, ACR, DAY, NOW.plusSeconds(60));
        assessments.insert(ann, earlier, Instrument.RESTLESS_LEGS.currentVersion(), DAY, NOW);
        assessments.replaceAnswers(ann, earlier, new AnswerSheet(Map.of("urge_to_move", "unsure")), DAY, NOW);
        assessments.markComplete(ann, earlier, NOW);

        assertThat(assessments.all(ann))
                .extracting(Assessment::id, Assessment::complete)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(earlier, true),
                        org.assertj.core.groups.Tuple.tuple(later, false));
        assertThat(assessments.all(ann).get(0).answers().get("urge_to_move")).contains("unsure");
        assertThat(assessments.all(bob)).isEmpty();
        assertThat(assessments.exists(ann, later)).isTrue();
        assertThat(assessments.exists(bob, later)).isFalse();
        assertThat(assessments.exists(later)).isTrue();
        assertThat(assessments.exists(AssessmentId.random())).isFalse();
    }
}
