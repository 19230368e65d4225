package org.legible.importers.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.legible.diary.HealthMeasures;
import org.legible.importers.csv.ColumnMapping.SleepUnit;
import org.legible.importers.files.UnreadableExport;
import org.legible.support.Fixtures;

/**
 * Days from CSV files by a column mapping, on the Fitabase files (../shared/fixtures/fitabase: 33 people's Fitbit
 * days in one file, and a sleep file that mixes two ways of writing the day) and on small written ones.
 */
class CsvDaysTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final int NONE = ColumnMapping.NONE;

    private static CsvDays.Days read(InputStream file, ColumnMapping mapping, ZoneId zone) throws IOException {
        CsvRows rows = new CsvRows(file);
        return new CsvDays(mapping, rows.header(), zone, TODAY).read(rows, "data.csv", n -> {});
    }

    private static InputStream text(String csv) {
        return new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void extreme_numbers_and_dates_are_rows_that_cannot_be_read_never_an_error() {
        ColumnMapping stopping = Mapping.day(0, DateFormat.ISO_WITH_TIME)
                .in(ZoneId.of("UTC"))
                .steps(1)
                .build();
        assertThatThrownBy(() ->
                        read(text("day,steps\n2026-11-01T08:00:00,1 000 000 000 000 000 000 000\n"), stopping, LONDON))
                .isInstanceOfSatisfying(UnreadableExport.class, e -> {
                    assertThat(e.getMessage()).isEqualTo("csv.badSteps");
                    assertThat(e.line()).isEqualTo(2);
                });
        for (String day : List.of("+999999999-12-31T23:59:59-18:00", "-999999999-01-01T00:00:00+18:00")) {
            assertThatThrownBy(() -> read(text("day,steps\n" + day + ",8000\n"), stopping, LONDON))
                    .as(day)
                    .isInstanceOfSatisfying(UnreadableExport.class, e -> {
                        assertThat(e.getMessage()).isEqualTo("csv.badDate");
                        assertThat(e.line()).isEqualTo(2);
                    });
        }
    }

    @Test
    void one_persons_steps_from_a_file_of_many_by_the_rows_that_are_theirs() throws IOException {
        // Active minutes from VeryActiveMinutes (column 10).
        ColumnMapping steps = Mapping.day(1, DateFormat.US)
                .steps(2)
                .rowsWhere(0, "1503960366")
                .active(10)
                .build();
        try (InputStream in = Files.newInputStream(Fixtures.path("fitabase/dailyActivity_merged.csv"))) {
            CsvDays.Days days = read(in, steps, LONDON);
            // 31 rows; on the last (12 May) the tracker counted 0 steps, which is a day it was not worn.
            assertThat(days.steps()).hasSize(30);
            assertThat(days.steps().subList(0, 2))
                    .containsExactly(
                            new HealthMeasures.StepDay(LocalDate.of(2016, 4, 12), "data.csv", 13162, 25),
                            new HealthMeasures.StepDay(LocalDate.of(2016, 4, 13), "data.csv", 10735, 21));
            assertThat(days.steps().get(29))
                    .isEqualTo(new HealthMeasures.StepDay(LocalDate.of(2016, 5, 11), "data.csv", 12770, 36));
            assertThat(days.nights()).isEmpty();
            assertThat(days.rowsLeftOut()).isZero();
        }
    }

    @Test
    void every_row_of_a_file_of_many_people_stops_at_the_first_day_seen_twice() throws IOException {
        ColumnMapping everyone = Mapping.day(1, DateFormat.US).steps(2).build();
        try (InputStream in = Files.newInputStream(Fixtures.path("fitabase/dailyActivity_merged.csv"))) {
            // The first person has 31 rows (lines 2-32); the second person's first day is on line 33.
            assertThatThrownBy(() -> read(in, everyone, LONDON)).isInstanceOfSatisfying(UnreadableExport.class, e -> {
                assertThat(e.getMessage()).isEqualTo("csv.twoRows");
                assertThat(e.line()).isEqualTo(33);
                assertThat(e.part()).isEqualTo("ActivityDate");
            });
        }
    }

    @Test
    void days_written_another_way_stop_the_import_or_are_left_out_and_counted_never_put_on_a_wrong_day()
            throws IOException {
        // 25 rows for this person: 14 written 4/13/2016 12:00:00 AM, 11 written 12/04/2016 12:00 AM (day first,
        // no seconds), which read as month first would be 4 December.
        ColumnMapping strict = Mapping.day(1, DateFormat.US_WITH_TIME)
                .sleep(3, SleepUnit.MINUTES)
                .rowsWhere(0, "1503960366")
                .build();
        try (InputStream in = Files.newInputStream(Fixtures.path("fitabase/sleepDay_merged.csv"))) {
            assertThatThrownBy(() -> read(in, strict, LONDON)).isInstanceOfSatisfying(UnreadableExport.class, e -> {
                assertThat(e.getMessage()).isEqualTo("csv.badDate");
                assertThat(e.line()).isEqualTo(2);
                assertThat(e.part()).isEqualTo("SleepDay");
            });
        }
        ColumnMapping leavingOut = Mapping.day(1, DateFormat.US_WITH_TIME)
                .sleep(3, SleepUnit.MINUTES)
                .rowsWhere(0, "1503960366")
                .leavingOutBadRows()
                .build();
        try (InputStream in = Files.newInputStream(Fixtures.path("fitabase/sleepDay_merged.csv"))) {
            CsvDays.Days days = read(in, leavingOut, LONDON);
            assertThat(days.rowsLeftOut()).isEqualTo(11);
            assertThat(days.nights()).hasSize(14);
            assertThat(days.nights().get(0))
                    .isEqualTo(new HealthMeasures.Night(
                            LocalDate.of(2016, 4, 13),
                            "data.csv",
                            new BigDecimal("384.0"),
                            new BigDecimal("384.0"),
                            new BigDecimal("0.0"),
                            new BigDecimal("0.0"),
                            new BigDecimal("0.0")));
            assertThat(days.nights().stream()
                            .mapToDouble(n -> n.asleepMinutes().doubleValue())
                            .sum())
                    .isEqualTo(5249.0);
            assertThat(days.nights()).noneMatch(n -> n.day().getMonthValue() == 12);
        }
    }

    @Test
    void hours_as_decimals_commas_or_hours_and_minutes_blank_and_zero_as_nothing_and_impossible_values_refused()
            throws IOException {
        String csv = """
                Datum;Schlaf;Schritte
                1.3.2024;7,5;8.000
                2.3.2024;6:45;
                3.3.2024;0;0
                4.3.2024;;12 345
                """;
        ColumnMapping mapping = Mapping.day(0, DateFormat.DOTTED)
                .sleep(1, SleepUnit.HOURS)
                .steps(2)
                .build();
        CsvDays.Days days = read(text(csv), mapping, LONDON);
        assertThat(days.nights())
                .extracting(HealthMeasures.Night::day, HealthMeasures.Night::asleepMinutes)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2024, 3, 1), new BigDecimal("450.0")),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2024, 3, 2), new BigDecimal("405.0")));
        assertThat(days.steps())
                .extracting(HealthMeasures.StepDay::day, HealthMeasures.StepDay::steps)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2024, 3, 1), 8000L),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2024, 3, 4), 12345L));

        for (String bad : List.of(
                "5.3.2024;25;",
                "5.3.2024;seven;",
                "5.3.2024;;8.5",
                "5.3.2024;;250000",
                "31.2.2024;7;",
                "1.1.2027;7;")) {
            assertThatThrownBy(() -> read(text("Datum;Schlaf;Schritte\n" + bad + "\n"), mapping, LONDON))
                    .as(bad)
                    .isInstanceOf(UnreadableExport.class)
                    .satisfies(e -> assertThat(((UnreadableExport) e).line()).isEqualTo(2));
        }
    }

    @Test
    void a_time_in_the_file_moves_to_the_persons_day_only_when_the_file_has_a_zone_or_says_its_offset()
            throws IOException {
        String csv = "time,steps\n2024-03-01T23:30:00,500\n2024-03-02T23:30:00Z,600\n";
        ColumnMapping asWritten =
                Mapping.day(0, DateFormat.ISO_WITH_TIME).steps(1).build();
        ColumnMapping inUtc = Mapping.day(0, DateFormat.ISO_WITH_TIME)
                .in(ZoneId.of("UTC"))
                .steps(1)
                .build();
        ZoneId tokyo = ZoneId.of("Asia/Tokyo");
        // As written: the first is 1 March; the second says Z, which is 08:30 on 3 March in Tokyo.
        assertThat(read(text(csv), asWritten, tokyo).steps())
                .extracting(HealthMeasures.StepDay::day)
                .containsExactly(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 3));
        assertThat(read(text(csv), inUtc, tokyo).steps())
                .extracting(HealthMeasures.StepDay::day)
                .containsExactly(LocalDate.of(2024, 3, 2), LocalDate.of(2024, 3, 3));
    }

    @Test
    void time_in_bed_comes_from_its_own_column_in_the_unit_of_time_asleep() throws IOException {
        // Fitabase's sleep file: TotalMinutesAsleep (column 3) and TotalTimeInBed (column 4), in minutes.
        ColumnMapping withBed = Mapping.day(1, DateFormat.US_WITH_TIME)
                .sleep(3, SleepUnit.MINUTES)
                .inBed(4)
                .rowsWhere(0, "1503960366")
                .leavingOutBadRows()
                .build();
        try (InputStream in = Files.newInputStream(Fixtures.path("fitabase/sleepDay_merged.csv"))) {
            // The file's second row: 4/13/2016, 384 minutes asleep, 407 in bed (its first is written day first and
            // is left out).
            HealthMeasures.Night first = read(in, withBed, LONDON).nights().get(0);
            assertThat(first.day()).isEqualTo(LocalDate.of(2016, 4, 13));
            assertThat(first.asleepMinutes()).isEqualByComparingTo("384");
            assertThat(first.inBedMinutes()).isEqualByComparingTo("407");
        }
    }

    @Test
    void a_pain_score_is_kept_on_its_own_scale_under_the_columns_name_and_0_is_kept() throws IOException {
        ColumnMapping pain = Mapping.day(0, DateFormat.ISO)
                .sleep(1, SleepUnit.HOURS)
                .pain(2, 10)
                .build();
        CsvDays.Days days =
                read(text("day,sleep,Leg pain \n2024-03-01,7.5,0\n2024-03-02,,6\n2024-03-03,8,\n"), pain, LONDON);

        assertThat(days.painScores())
                .containsExactly(
                        HealthMeasures.TrackerEntry.rating(LocalDate.of(2024, 3, 1), "Leg pain", 0, 10),
                        HealthMeasures.TrackerEntry.rating(LocalDate.of(2024, 3, 2), "Leg pain", 6, 10));
        assertThat(days.nights()).hasSize(2);
        assertThat(days.nights().get(0).inBedMinutes())
                .as("no time-in-bed column: in bed is taken to be time asleep")
                .isEqualByComparingTo("450");
    }

    @Test
    void a_pain_score_off_its_scale_or_less_time_in_bed_than_asleep_stops_the_import_at_its_column()
            throws IOException {
        ColumnMapping fourPoint = Mapping.day(0, DateFormat.ISO)
                .sleep(1, SleepUnit.HOURS)
                .inBed(2)
                .pain(3, 4)
                .build();

        assertThatThrownBy(() ->
                        read(text("day,asleep,bed,pain\n2024-03-01,7.5,8,4\n2024-03-02,7,8,5\n"), fourPoint, LONDON))
                .isInstanceOfSatisfying(UnreadableExport.class, e -> {
                    assertThat(e.getMessage()).isEqualTo("csv.badPain");
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.part()).isEqualTo("pain");
                });
        assertThatThrownBy(() -> read(text("day,asleep,bed,pain\n2024-03-01,7.5,7,1\n"), fourPoint, LONDON))
                .isInstanceOfSatisfying(UnreadableExport.class, e -> {
                    assertThat(e.getMessage()).isEqualTo("csv.badInBed");
                    assertThat(e.part()).isEqualTo("bed");
                });
        assertThatThrownBy(() -> read(text("day,asleep,bed,pain\n2024-03-01,7.5,8,2.5\n"), fourPoint, LONDON))
                .as("a pain score is a whole number")
                .isInstanceOfSatisfying(
                        UnreadableExport.class, e -> assertThat(e.getMessage()).isEqualTo("csv.badPain"));
    }
}
