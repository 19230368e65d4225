package org.legible.diary.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.legible.accounts.AccountId;
import org.legible.diary.HealthMeasures;
import org.legible.diary.HealthMeasures.EntryKind;
import org.legible.diary.HealthMeasures.Night;
import org.legible.diary.HealthMeasures.StepDay;
import org.legible.diary.HealthMeasures.TrackerEntry;
import org.legible.diary.TrackedStrategies.Tracked;
import org.legible.diary.Vocabulary.Strategy;
import org.legible.support.TestDatabases;
import org.legible.support.TestDatabases.Kind;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Imported nights and steps, and tracked strategies: the same cases on SQLite and PostgreSQL. */
class HealthMeasureRepositoryTest {

    private static final Instant NOW = Instant.parse("2026-11-22T09:00:00.500Z");
    private static final LocalDate DAY = LocalDate.of(2026, 11, 21);
    private static final String SHA = "a".repeat(64);

    private JdbcClient jdbc;
    private HealthMeasureRepository measures;
    private TrackedStrategyRepository tracked;

    private void open(Kind kind) {
        javax.sql.DataSource database = TestDatabases.migrated(kind);
        jdbc = JdbcClient.create(database);
        measures = new HealthMeasureRepository(jdbc, new NamedParameterJdbcTemplate(database));
        tracked = new TrackedStrategyRepository(jdbc);
    }

    private static Night night(LocalDate day, String asleep) {
        return new Night(
                day,
                "Ann's Apple Watch",
                new BigDecimal(asleep),
                new BigDecimal("480.0"),
                new BigDecimal("200.5"),
                BigDecimal.ZERO,
                new BigDecimal("90.0"));
    }

    @ParameterizedTest
    @MethodSource("org.legible.support.TestDatabases#both")
    void one_night_and_one_step_count_a_day_kept_by_the_first_import_and_undone_with_it(Kind kind) {
        open(kind);
        AccountId ann = TestDatabases.account(jdbc, "ann@example.com");
        measures.insertImport(ann, "imp-1", "apple_health", "export.zip", SHA, NOW, 1234);
        assertThat(measures.insertNights(ann, "imp-1", List.of(night(DAY, "420.5"))))
                .isZero();
        assertThat(measures.insertSteps(ann, "imp-1", List.of(new StepDay(DAY, "Ann's iPhone", 5432))))
                .isZero();
        measures.insertImport(ann, "imp-2", "apple_health", "later.zip", "b".repeat(64), NOW.plusSeconds(60), 10);
        assertThat(measures.insertNights(
                        ann,
                        "imp-2",
                        List.of(night(DAY, "100.0"), night(DAY.plusDays(1), "300.0"), night(DAY.plusDays(1), "200.0"))))
                .as("a day keeps its first night, from an earlier import or earlier in the same one")
                .isEqualTo(2);
        assertThat(measures.nights(ann, DAY.plusDays(1), DAY.plusDays(1)))
                .extracting(n -> n.asleepMinutes().doubleValue())
                .containsExactly(300.0);

        Night read = measures.nights(ann, DAY, DAY).get(0);
        assertThat(read.asleepMinutes()).isEqualByComparingTo("420.5");
        assertThat(read.coreMinutes()).isEqualByComparingTo("200.5");
        assertThat(read.source()).isEqualTo("Ann's Apple Watch");
        assertThat(measures.steps(ann, DAY, DAY))
                .as("no active minutes read back as none, not as 0")
                .containsExactly(new StepDay(DAY, "Ann's iPhone", 5432));
        assertThat(measures.insertSteps(
                        ann,
                        "imp-2",
                        List.of(
                                new StepDay(DAY, "Ann's Apple Watch", 9000),
                                new StepDay(DAY.plusDays(2), "Ann's Apple Watch", 7000, 45))))
                .as("the first day already has steps")
                .isEqualTo(1);
        assertThat(measures.steps(ann, DAY.plusDays(2), DAY.plusDays(2)))
                .containsExactly(new StepDay(DAY.plusDays(2), "Ann's Apple Watch", 7000, 45));
        assertThat(measures.findByFile(ann, SHA)).get().satisfies(i -> {
            assertThat(i.records()).isEqualTo(1234);
            assertThat(i.nights()).isEqualTo(1);
            assertThat(i.stepDays()).isEqualTo(1);
            assertThat(i.importedAt()).isEqualTo(NOW);
        });
        assertThat(measures.imports(ann)).extracting(i -> i.id()).containsExactly("imp-2", "imp-1");
        assertThat(measures.nightsOf(ann, "imp-2")).extracting(Night::day).containsExactly(DAY.plusDays(1));

        assertThat(measures.delete(ann, "imp-1")).isTrue();
        assertThat(measures.nights(ann, DAY, DAY.plusDays(1)))
                .extracting(Night::day)
                .containsExactly(DAY.plusDays(1));
        assertThat(measures.steps(ann, DAY, DAY)).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("org.legible.support.TestDatabases#both")
    void one_account_never_sees_or_undoes_anothers_and_tracking_is_per_account(Kind kind) {
        open(kind);
        AccountId ann = TestDatabases.account(jdbc, "ann@example.com");
        AccountId bob = TestDatabases.account(jdbc, "bob@example.com");
        measures.insertImport(ann, "imp-1", "apple_health", "export.zip", SHA, NOW, 1);
        measures.insertNights(ann, "imp-1", List.of(night(DAY, "420.0")));

        assertThat(measures.imports(bob)).isEmpty();
        assertThat(measures.findByFile(bob, SHA)).isEmpty();
        assertThat(measures.nights(bob, DAY, DAY)).isEmpty();
        assertThat(measures.delete(bob, "imp-1")).isFalse();
        assertThatThrownBy(() -> measures.insertNights(bob, "imp-1", List.of(night(DAY, "1.0"))))
                .as("a day can only belong to an import of the same account")
                .isInstanceOf(org.springframework.dao.DataAccessException.class);

        assertThat(tracked.insert(ann, Strategy.HEAT, NOW)).isTrue();
        assertThat(tracked.insert(ann, Strategy.HEAT, NOW.plusSeconds(5)))
                .as("already tracked")
                .isFalse();
        assertThat(tracked.insert(ann, Strategy.STRETCHING, NOW.plusSeconds(10)))
                .isTrue();
        assertThat(tracked.tracked(ann))
                .containsExactly(
                        new Tracked(Strategy.HEAT, NOW), new Tracked(Strategy.STRETCHING, NOW.plusSeconds(10)));
        assertThat(tracked.tracked(bob)).isEmpty();
        assertThat(tracked.delete(bob, Strategy.HEAT)).isFalse();
        assertThat(tracked.delete(ann, Strategy.HEAT)).isTrue();
        assertThat(tracked.tracked(ann)).extracting(Tracked::strategy).containsExactly(Strategy.STRETCHING);

        jdbc.sql("DELETE FROM account WHERE id = :id").param("id", ann.value()).update();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM measure_import")
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM tracked_strategy")
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @ParameterizedTest
    @MethodSource("org.legible.support.TestDatabases#both")
    void another_trackers_entries_keep_their_scale_and_dose_are_kept_once_a_day_and_go_with_their_import(Kind kind) {
        open(kind);
        AccountId ann = TestDatabases.account(jdbc, "ann@example.com");
        AccountId bob = TestDatabases.account(jdbc, "bob@example.com");
        measures.insertImport(ann, "fd-1", "flaredown", "flaredown.csv", SHA, NOW, 3);
        TrackerEntry fatigue = TrackerEntry.rating(DAY, "Fatigue", 0, 4);
        TrackerEntry pill = TrackerEntry.named(DAY, EntryKind.MEDICATION, "Amitriptyline", "10 mg");
        TrackerEntry stress = TrackerEntry.named(DAY, EntryKind.TRIGGER, "stress", null);
        // Flaredown's foods are USDA long descriptions; a name of the longest kept length fits on both databases.
        TrackerEntry food = TrackerEntry.named(DAY, EntryKind.TRIGGER, "f".repeat(TrackerEntry.NAME_CHARACTERS), null);
        assertThat(measures.insertEntry(ann, "fd-1", stress)).isTrue();
        assertThat(measures.insertEntry(ann, "fd-1", food)).isTrue();
        assertThat(measures.insertEntry(ann, "fd-1", pill)).isTrue();
        assertThat(measures.insertEntry(ann, "fd-1", fatigue)).isTrue();
        measures.insertImport(ann, "fd-2", "flaredown", "again.csv", "b".repeat(64), NOW.plusSeconds(60), 1);
        assertThat(measures.insertEntry(ann, "fd-2", TrackerEntry.rating(DAY, "Fatigue", 3, 4)))
                .as("a day keeps the first import's rating of the same item")
                .isFalse();

        assertThat(measures.entries(ann, DAY, DAY))
                .as("a rating of 0 stays 0; ratings, then medications, then triggers")
                .containsExactly(fatigue, pill, food, stress);
        assertThat(measures.entries(bob, DAY, DAY)).isEmpty();
        assertThat(measures.findByFile(ann, SHA))
                .get()
                .satisfies(i -> assertThat(i.entryDays()).isEqualTo(1));
        assertThat(measures.entriesOf(ann, "fd-2")).isEmpty();
        measures.insertEntry(ann, "fd-2", TrackerEntry.rating(DAY.minusDays(3), "Fatigue", 2, 4));
        assertThat(measures.ratedItems(ann))
                .as("rated items by name and scale, with their days; medications and tags are not rated items")
                .containsExactly(new HealthMeasures.RatedItem("Fatigue", 4, 2, DAY.minusDays(3), DAY));
        assertThat(measures.ratedItems(bob)).isEmpty();

        assertThat(measures.delete(bob, "fd-1"))
                .as("only the owner can undo it")
                .isFalse();
        assertThat(measures.delete(ann, "fd-1")).isTrue();
        assertThat(measures.entries(ann, DAY, DAY)).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("org.legible.support.TestDatabases#both")
    void the_days_of_the_history_are_those_with_a_check_in_or_anything_brought_in_each_once(Kind kind) {
        open(kind);
        AccountId ann = TestDatabases.account(jdbc, "ann@example.com");
        AccountId bob = TestDatabases.account(jdbc, "bob@example.com");
        CheckInRepository checkIns = new CheckInRepository(jdbc);
        DiaryDayRepository days = new DiaryDayRepository(jdbc);
        checkIns.insertVersion(
                ann, org.legible.diary.CheckInId.random(), 1, NOW, NOW, CheckInRepositoryTest.everything(DAY, 5));
        measures.insertImport(ann, "imp-1", "apple_health", "export.zip", SHA, NOW, 10);
        measures.insertNights(ann, "imp-1", List.of(night(DAY, "400.0")));
        measures.insertSteps(ann, "imp-1", List.of(new StepDay(DAY.minusDays(1), "iPhone", 3000)));
        measures.insertEntry(ann, "imp-1", TrackerEntry.rating(DAY.minusDays(5), "Fatigue", 2, 4));
        checkIns.insertVersion(
                bob,
                org.legible.diary.CheckInId.random(),
                1,
                NOW,
                NOW,
                CheckInRepositoryTest.everything(DAY.plusDays(1), 5));

        assertThat(days.days(ann, 0, 10))
                .as("a check-in and a night on one day count once; steps alone or a tracker day alone count")
                .containsExactly(DAY, DAY.minusDays(1), DAY.minusDays(5));
        assertThat(days.days(ann, 1, 1)).containsExactly(DAY.minusDays(1));
        assertThat(days.days(bob, 0, 10)).containsExactly(DAY.plusDays(1));
    }
}
