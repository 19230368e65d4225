package org.legible.diary.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.legible.accounts.AccountId;
import org.legible.bodymap.BodySite;
import org.legible.bodymap.Descriptor;
import org.legible.bodymap.Region;
import org.legible.bodymap.Side;
import org.legible.diary.CheckIn;
import org.legible.diary.CheckInDetails;
import org.legible.diary.CheckInDetails.MedicationUse;
import org.legible.diary.CheckInDetails.RestlessLegs;
import org.legible.diary.CheckInDetails.SitePain;
import org.legible.diary.CheckInDetails.Sleep;
import org.legible.diary.CheckInDetails.StrategyUse;
import org.legible.diary.CheckInDetails.TriggerMention;
import org.legible.diary.CheckInId;
import org.legible.diary.CheckInScores;
import org.legible.diary.CheckInVersion;
import org.legible.diary.RedFlag;
import org.legible.diary.Vocabulary.Helped;
import org.legible.diary.Vocabulary.MedicationSchedule;
import org.legible.diary.Vocabulary.PainContext;
import org.legible.diary.Vocabulary.Strategy;
import org.legible.diary.Vocabulary.TimeOfDay;
import org.legible.diary.Vocabulary.Trigger;
import org.legible.diary.Vocabulary.WokeBy;
import org.legible.support.CheckIns;
import org.legible.support.TestDatabases;
import org.legible.support.TestDatabases.Kind;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The same behaviour on both databases Legible supports. */
class CheckInRepositoryTest {

    private static final Instant T0 = Instant.parse("2026-03-10T19:30:00.123Z");

    private JdbcClient jdbc;
    private CheckInRepository repository;

    private AccountId account(String email) {
        return TestDatabases.account(jdbc, email);
    }

    private void open(Kind kind) {
        DataSource dataSource = TestDatabases.migrated(kind);
        jdbc = JdbcClient.create(dataSource);
        repository = new CheckInRepository(jdbc);
    }

    static CheckInDetails everything(LocalDate day, int overall) {
        return new CheckInDetails(
                day,
                overall,
                TimeOfDay.EVENING,
                EnumSet.of(PainContext.AT_REST, PainContext.LYING_IN_BED),
                List.of(
                        new SitePain(
                                new BodySite(Region.HEEL, Side.LEFT),
                                7,
                                EnumSet.of(Descriptor.BURNING, Descriptor.TINGLING)),
                        new SitePain(new BodySite(Region.CALF, Side.RIGHT), 4, EnumSet.of(Descriptor.CRAMPING))),
                new Sleep(new BigDecimal("6.5"), 3, EnumSet.of(WokeBy.CRAMPS, WokeBy.LEG_PAIN)),
                8,
                new RestlessLegs(5, true, false, null),
                List.of(
                        new StrategyUse(Strategy.LOW_IMPACT_EXERCISE, null, "swimming", 30, Helped.A_LITTLE),
                        new StrategyUse(null, "Warm socks", null, null, Helped.A_LOT)),
                List.of(new MedicationUse(
                        "Pregabalin", new BigDecimal("75"), "mg", MedicationSchedule.SCHEDULED, null)),
                List.of(new TriggerMention(Trigger.POOR_SLEEP, null), new TriggerMention(null, "Long drive")),
                "Woke at 3 with burning feet. <b>not markup</b>",
                EnumSet.of(RedFlag.HOT_SWOLLEN_JOINT, RedFlag.COLD_PALE_LEG),
                new CheckInDetails.MoodAndStress(3, 7),
                5,
                75,
                List.of());
    }

    @ParameterizedTest
    @MethodSource("org.legible.support.TestDatabases#both")
    void a_check_in_reads_back_exactly_as_it_was_recorded(Kind kind) {
        open(kind);
        AccountId ann = account("ann@example.com");
        CheckInId id = CheckInId.random();
        CheckInDetails details = everything(LocalDate.of(2026, 3, 10), 6);

        repository.insertVersion(ann, id, 1, T0, T0, details);

        CheckIn stored = repository.find(ann, id).orElseThrow();
        assertThat(stored.details()).isEqualTo(details);
        assertThat(stored.version()).isEqualTo(1);
        assertThat(stored.recordedAt()).isEqualTo(T0);
        assertThat(stored.enteredBy()).as("entered by the person").isNull();

        CheckInId byCarer = CheckInId.random();
        repository.insertVersion(ann, byCarer, 1, T0, T0, details, "Sam, my partner");
        assertThat(repository.find(ann, byCarer).orElseThrow().enteredBy()).isEqualTo("Sam, my partner");
    }

    @ParameterizedTest
    @MethodSource("org.legible.support.TestDatabases#both")
    void a_check_in_with_only_the_essentials_reads_back_with_empty_parts(Kind kind) {
        open(kind);
        AccountId ann = account("ann@example.com");
        CheckInId id = CheckInId.random();
        CheckInDetails minimal = CheckIns.on(LocalDate.of(2026, 3, 10), 0).details();

        repository.insertVersion(ann, id, 1, T0, T0, minimal);

        CheckInDetails stored = repository.find(ann, id).orElseThrow().details();
        assertThat(stored).isEqualTo(minimal);
        assertThat(stored.sleep().isEmpty()).isTrue();
        assertThat(stored.restlessLegs().isEmpty()).isTrue();
    }

    @ParameterizedTest
    @MethodSource("org.legible.support.TestDatabases#both")
    void a_correction_supersedes_the_current_version_and_keeps_the_old_one(Kind kind) {
        open(kind);
        AccountId ann = account("ann@example.com");
        CheckInId id = CheckInId.random();
        CheckInDetails first = everything(LocalDate.of(2026, 3, 10), 6);
        CheckInDetails second = everything(LocalDate.of(2026, 3, 10), 3);
        repository.insertVersion(ann, id, 1, T0, T0, first);
        Instant later = T0.plusSeconds(3600);

        String row = repository.current(ann, id).orElseThrow().rowId();
        assertThat(repository.supersede(ann, row, later)).isTrue();
        assertThat(repository.supersede(ann, row, later))
                .as("a second supersede finds nothing")
                .isFalse();
        repository.insertVersion(ann, id, 2, T0, later, second);

        CheckIn current = repository.find(ann, id).orElseThrow();
        assertThat(current.version()).isEqualTo(2);
        assertThat(current.details().overallPain()).isEqualTo(3);
        assertThat(current.savedAt()).isEqualTo(later);
        assertThat(current.recordedAt()).isEqualTo(T0);
        List<CheckInVersion> earlier = repository.earlierVersions(ann, id);
        assertThat(earlier).hasSize(1);
        assertThat(earlier.get(0).details()).isEqualTo(first);
        assertThat(earlier.get(0).supersededAt()).isEqualTo(later);
        assertThat(repository.page(ann, 0, 10)).hasSize(1);
    }

    @ParameterizedTest
    @MethodSource("org.legible.support.TestDatabases#both")
    void a_day_has_a_check_in_only_for_its_own_person_and_only_by_its_current_version(Kind kind) {
        open(kind);
        AccountId ann = account("ann@example.com");
        AccountId bob = account("bob@example.com");
        CheckInId id = CheckInId.random();
        LocalDate tenth = LocalDate.of(2026, 3, 10);
        repository.insertVersion(ann, id, 1, T0, T0, everything(tenth, 6));
        assertThat(repository.hasAnyOn(ann, tenth)).isTrue();
        assertThat(repository.hasAnyOn(ann, tenth.plusDays(1))).isFalse();
        assertThat(repository.hasAnyOn(bob, tenth)).isFalse();

        // Corrected onto the next day: the tenth no longer has it.
        repository.supersede(ann, repository.current(ann, id).orElseThrow().rowId(), T0.plusSeconds(60));
        repository.insertVersion(ann, id, 2, T0, T0.plusSeconds(60), everything(tenth.plusDays(1), 6));
        assertThat(repository.hasAnyOn(ann, tenth)).isFalse();
        assertThat(repository.hasAnyOn(ann, tenth.plusDays(1))).isTrue();
    }

    @ParameterizedTest
    @MethodSource("org.legible.support.TestDatabases#both")
    void the_whole_diarys_numbers_are_the_current_versions_of_one_person_in_the_order_a_period_has(Kind kind) {
        open(kind);
        AccountId ann = account("ann@example.com");
        AccountId bob = account("bob@example.com");
        LocalDate first = LocalDate.of(2017, 3, 1);
        // Recorded out of order: the evening of 1 March before its morning, and a day nine years later.
        repository.insertVersion(ann, CheckInId.random(), 1, T0.plusSeconds(60), T0, everything(first, 6));
        repository.insertVersion(
                ann, CheckInId.random(), 1, T0, T0, CheckIns.on(first, 2).details());
        repository.insertVersion(ann, CheckInId.random(), 1, T0, T0, everything(LocalDate.of(2026, 3, 9), 4));
        CheckInId corrected = CheckInId.random();
        repository.insertVersion(
                ann, corrected, 1, T0, T0, CheckIns.on(first.plusDays(1), 9).details());
        repository.supersede(
                ann, repository.current(ann, corrected).orElseThrow().rowId(), T0.plusSeconds(9));
        repository.insertVersion(
                ann,
                corrected,
                2,
                T0,
                T0.plusSeconds(9),
                CheckIns.on(first.plusDays(1), 1).details());
        repository.insertVersion(bob, CheckInId.random(), 1, T0, T0, everything(first, 10));

        assertThat(repository.scores(ann))
                .containsExactly(
                        new CheckInScores(first, 2, null, null, null),
                        new CheckInScores(first, 6, 8, new BigDecimal("6.5"), 5),
                        new CheckInScores(first.plusDays(1), 1, null, null, null),
                        new CheckInScores(LocalDate.of(2026, 3, 9), 4, 8, new BigDecimal("6.5"), 5))
                .as("the same order as a period's check-ins")
                .extracting(CheckInScores::overallPain)
                .containsExactlyElementsOf(repository.between(ann, first, LocalDate.of(2026, 3, 9)).stream()
                        .map(c -> c.details().overallPain())
                        .toList());
        assertThat(repository.scores(bob))
                .extracting(CheckInScores::overallPain)
                .containsExactly(10);
    }

    @ParameterizedTest
    @MethodSource("org.legible.support.TestDatabases#both")
    void another_account_can_neither_see_supersede_nor_delete_a_check_in(Kind kind) {
        open(kind);
        AccountId ann = account("ann@example.com");
        AccountId bob = account("bob@example.com");
        CheckInId id = CheckInId.random();
        repository.insertVersion(ann, id, 1, T0, T0, everything(LocalDate.of(2026, 3, 10), 6));
        String row = repository.current(ann, id).orElseThrow().rowId();

        assertThat(repository.find(bob, id)).isEmpty();
        assertThat(repository.current(bob, id)).isEmpty();
        assertThat(repository.earlierVersions(bob, id)).isEmpty();
        assertThat(repository.latest(bob)).isEmpty();
        assertThat(repository.hasAny(bob)).isFalse();
        assertThat(repository.hasAny(ann)).isTrue();
        assertThat(repository.page(bob, 0, 10)).isEmpty();
        assertThat(repository.onDay(bob, LocalDate.of(2026, 3, 10))).isEmpty();
        assertThat(repository.supersede(bob, row, T0)).isFalse();
        assertThat(repository.deleteEntry(bob, id)).isZero();
        assertThat(repository.find(ann, id)).isPresent();
    }

    @ParameterizedTest
    @MethodSource("org.legible.support.TestDatabases#both")
    void deleting_removes_every_version_and_every_child_row(Kind kind) {
        open(kind);
        AccountId ann = account("ann@example.com");
        CheckInId id = CheckInId.random();
        repository.insertVersion(ann, id, 1, T0, T0, everything(LocalDate.of(2026, 3, 10), 6));
        repository.supersede(ann, repository.current(ann, id).orElseThrow().rowId(), T0.plusSeconds(1));
        repository.insertVersion(ann, id, 2, T0, T0.plusSeconds(1), everything(LocalDate.of(2026, 3, 10), 5));

        assertThat(repository.deleteEntry(ann, id)).isEqualTo(2);

        for (String table : List.of(
                "check_in",
                "check_in_site",
                "check_in_site_descriptor",
                "check_in_context",
                "check_in_woke_by",
                "check_in_strategy",
                "check_in_medication",
                "check_in_trigger")) {
            assertThat(jdbc.sql("SELECT COUNT(*) FROM " + table)
                            .query(Long.class)
                            .single())
                    .as(table)
                    .isZero();
        }
    }

    @ParameterizedTest
    @MethodSource("org.legible.support.TestDatabases#both")
    void history_pages_run_newest_day_first_then_newest_time_first(Kind kind) {
        open(kind);
        AccountId ann = account("ann@example.com");
        LocalDate day = LocalDate.of(2026, 3, 1);
        for (int i = 0; i < 5; i++) {
            Instant at = day.plusDays(i).atTime(9, 0).toInstant(ZoneOffset.UTC);
            repository.insertVersion(ann, CheckInId.random(), 1, at, at, everything(day.plusDays(i), i));
            Instant evening = at.plusSeconds(10 * 3600);
            repository.insertVersion(ann, CheckInId.random(), 1, evening, evening, everything(day.plusDays(i), 10 - i));
        }
        // A missed day filled in later: recorded last, but its diary day is the earliest.
        Instant late = day.plusDays(10).atStartOfDay().toInstant(ZoneOffset.UTC);
        repository.insertVersion(ann, CheckInId.random(), 1, late, late, everything(day.minusDays(1), 1));

        List<CheckIn> first = repository.page(ann, 0, 4);
        assertThat(first)
                .extracting(c -> c.details().diaryDay())
                .containsExactly(day.plusDays(4), day.plusDays(4), day.plusDays(3), day.plusDays(3));
        assertThat(first.get(0).details().overallPain()).isEqualTo(6);
        assertThat(repository.page(ann, 8, 4))
                .extracting(c -> c.details().diaryDay())
                .containsExactly(day, day, day.minusDays(1));
        assertThat(repository.latest(ann).orElseThrow().details().diaryDay()).isEqualTo(day.minusDays(1));
        assertThat(repository.onDay(ann, day.plusDays(2))).hasSize(2);
    }

    @ParameterizedTest
    @MethodSource("org.legible.support.TestDatabases#both")
    void a_period_holds_its_current_versions_oldest_first_across_more_ids_than_one_query_takes(Kind kind) {
        open(kind);
        AccountId ann = account("ann@example.com");
        AccountId bob = account("bob@example.com");
        LocalDate first = LocalDate.of(2026, 1, 1);
        int count = CheckInRepository.IDS_PER_QUERY + 20;
        CheckInId corrected = null;
        for (int i = 0; i < count; i++) {
            Instant at = first.atTime(8, 0).toInstant(ZoneOffset.UTC).plusSeconds(i);
            CheckInId id = CheckInId.random();
            String row = repository.insertVersion(ann, id, 1, at, at, everything(first.plusDays(i % 40), i % 11));
            if (i == count - 1) {
                repository.supersede(ann, row, at.plusSeconds(5));
                repository.insertVersion(ann, id, 2, at, at.plusSeconds(5), everything(first.plusDays(i % 40), 0));
                corrected = id;
            }
        }
        repository.insertVersion(bob, CheckInId.random(), 1, T0, T0, everything(first, 9));

        List<CheckIn> all = repository.between(ann, first, first.plusDays(39));
        assertThat(all).hasSize(count);
        assertThat(all).allSatisfy(c -> assertThat(c.details().sites()).isNotEmpty());
        assertThat(all.get(0).details().diaryDay()).isEqualTo(first);
        assertThat(all.get(all.size() - 1).details().diaryDay()).isEqualTo(first.plusDays(39));
        CheckInId correctedId = corrected;
        assertThat(all.stream().filter(c -> c.id().equals(correctedId)))
                .singleElement()
                .satisfies(c -> assertThat(c.version()).isEqualTo(2));
        assertThat(repository.between(ann, first.plusDays(1), first.plusDays(1)))
                .extracting(c -> c.details().diaryDay())
                .containsOnly(first.plusDays(1));
        assertThat(repository.between(bob, first, first)).hasSize(1);

        assertThat(repository.entryExists(ann, correctedId)).isTrue();
        assertThat(repository.entryExists(bob, correctedId)).isFalse();
        assertThat(repository.entryExists(correctedId)).isTrue();
        assertThat(repository.entryExists(CheckInId.random())).isFalse();
    }

    @ParameterizedTest
    @MethodSource("org.legible.support.TestDatabases#both")
    void the_schema_refuses_values_out_of_range_even_past_the_application(Kind kind) {
        open(kind);
        AccountId ann = account("ann@example.com");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.sql(
                                "INSERT INTO check_in (id, account_id, entry_id, version, diary_day, recorded_at, saved_at,"
                                        + " overall_pain) VALUES ('r', :a, 'e', 1, '2026-03-01', 'x', 'x', 11)")
                        .param("a", ann.value())
                        .update())
                .isInstanceOf(org.springframework.dao.DataAccessException.class)
                .hasMessageContaining("overall_pain");
    }
}
