package org.legible.importers.fitbit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.legible.importers.fitbit.TakeoutFiles.FOLDER;
import static org.legible.importers.fitbit.TakeoutFiles.array;
import static org.legible.importers.fitbit.TakeoutFiles.classicLog;
import static org.legible.importers.fitbit.TakeoutFiles.minute;
import static org.legible.importers.fitbit.TakeoutFiles.minutes;
import static org.legible.importers.fitbit.TakeoutFiles.stagesLog;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.legible.accounts.Preferences;
import org.legible.diary.HealthMeasures;
import org.legible.importers.files.UnreadableExport;
import org.legible.importers.files.ZipLimits;

/** Reading Fitbit's Takeout files: nights, step days on the right clock, duplicates, bad records and bad files. */
class FitbitTakeoutReaderTest {

    private static final Preferences AMSTERDAM = new Preferences(ZoneId.of("Europe/Amsterdam"), LocalTime.of(4, 0));

    private static FitbitExport read(byte[] file, String name) throws IOException {
        FitbitExport export = new FitbitExport(n -> {});
        new FitbitTakeoutReader().read(new ByteArrayInputStream(file), name, export);
        return export;
    }

    /** A Takeout zip with one sleep file and one steps file. */
    private static FitbitExport takeout(List<String> sleep, List<String> steps) throws IOException {
        return read(
                new TakeoutFiles()
                        .file(FOLDER + "sleep-2024-01-01.json", array(sleep))
                        .file(FOLDER + "steps-2024-01-01.json", array(steps))
                        .zip(),
                "takeout.zip");
    }

    private static HealthMeasures.Night night(String day, int asleep, int inBed, int light, int deep, int rem) {
        return new HealthMeasures.Night(
                LocalDate.parse(day),
                "Fitbit",
                BigDecimal.valueOf(asleep).setScale(1),
                BigDecimal.valueOf(inBed).setScale(1),
                BigDecimal.valueOf(light).setScale(1),
                BigDecimal.valueOf(deep).setScale(1),
                BigDecimal.valueOf(rem).setScale(1));
    }

    @Test
    void nights_add_up_the_sleep_leading_into_each_day_and_a_log_in_two_files_counts_once() throws IOException {
        byte[] zip = new TakeoutFiles()
                .file("Takeout/archive_browser.html", "<html></html>")
                .file(
                        FOLDER + "sleep-2024-03-01.json",
                        array(
                                stagesLog(
                                        1,
                                        "2024-03-01T23:10:00.000",
                                        "2024-03-02T07:05:00.000",
                                        430,
                                        475,
                                        250,
                                        80,
                                        100),
                                // A nap ending 14:40 leads into the same day as the night before it.
                                classicLog(2, "2024-03-02T14:00:00.000", "2024-03-02T14:40:00.000", 35, 40, false)))
                .file(
                        FOLDER + "sleep-2024-03-02.json",
                        array(
                                stagesLog(
                                        1,
                                        "2024-03-01T23:10:00.000",
                                        "2024-03-02T07:05:00.000",
                                        430,
                                        475,
                                        250,
                                        80,
                                        100),
                                stagesLog(
                                        3,
                                        "2024-03-02T23:40:00.000",
                                        "2024-03-03T06:30:00.000",
                                        400,
                                        420,
                                        200,
                                        90,
                                        110)))
                // Same shape as steps, but calories: never read as steps.
                .file(FOLDER + "calories-2024-03-01.json", array(minute(LocalDateTime.of(2024, 3, 1, 9, 0), 3)))
                .zip();

        FitbitExport export = read(zip, "takeout-20240401T000000Z-001.zip");

        assertThat(export.nights())
                .containsExactly(
                        night("2024-03-02", 465, 515, 250, 80, 100), night("2024-03-03", 400, 420, 200, 90, 110));
        assertThat(export.records()).isEqualTo(4);
        assertThat(export.stepDays(StepClock.LOCAL, AMSTERDAM)).isEmpty();
    }

    @Test
    void step_minutes_go_to_diary_days_on_the_clock_they_are_read_on_and_a_minute_written_twice_counts_once()
            throws IOException {
        byte[] zip = new TakeoutFiles()
                .file(
                        FOLDER + "steps-2024-03-01.json",
                        array(
                                minute(LocalDateTime.of(2024, 3, 1, 10, 0), 100),
                                minute(LocalDateTime.of(2024, 3, 2, 2, 30), 20),
                                minute(LocalDateTime.of(2024, 3, 2, 3, 30), 50)))
                // The same minute again, in a second folder of the same export.
                .file(
                        "Takeout/Fitbit/Physical Activity/steps-2024-03-01.json",
                        array(minute(LocalDateTime.of(2024, 3, 1, 10, 0), 80)))
                .zip();

        FitbitExport export = read(zip, "takeout.zip");

        // Local time in Amsterdam, day boundary 04:00: 02:30 and 03:30 on the 2nd still belong to the 1st.
        assertThat(export.stepDays(StepClock.LOCAL, AMSTERDAM))
                .containsExactly(new HealthMeasures.StepDay(LocalDate.of(2024, 3, 1), "Fitbit", 170));
        // UTC: 03:30Z is 04:30 in Amsterdam (winter, +01:00), past the boundary; 02:30Z is 03:30, not yet.
        assertThat(export.stepDays(StepClock.UTC, AMSTERDAM))
                .containsExactly(
                        new HealthMeasures.StepDay(LocalDate.of(2024, 3, 1), "Fitbit", 120),
                        new HealthMeasures.StepDay(LocalDate.of(2024, 3, 2), "Fitbit", 50));
        assertThat(export.records()).isEqualTo(4);
    }

    @Test
    void fairly_and_very_active_minutes_stand_beside_the_days_steps_and_a_day_written_twice_counts_once()
            throws IOException {
        String day = "{\"dateTime\" : \"%s 00:00:00\", \"value\" : \"%d\"}";
        byte[] zip = new TakeoutFiles()
                .file(FOLDER + "steps-2024-03-01.json", array(minute(LocalDateTime.of(2024, 3, 1, 10, 0), 100)))
                .file(FOLDER + "very_active_minutes-2024-03-01.json", array(day.formatted("03/01/24", 12)))
                .file(
                        FOLDER + "moderately_active_minutes-2024-03-01.json",
                        array(day.formatted("03/01/24", 20), day.formatted("03/02/24", 9)))
                .file(
                        "Takeout/Fitbit/Physical Activity/very_active_minutes-2024-03-01.json",
                        array(day.formatted("03/01/24", 12)))
                .zip();

        FitbitExport export = read(zip, "takeout.zip");

        // 2 March has active minutes but no steps: there is no step day to stand beside.
        assertThat(export.stepDays(StepClock.LOCAL, AMSTERDAM))
                .containsExactly(new HealthMeasures.StepDay(LocalDate.of(2024, 3, 1), "Fitbit", 100, 32));
    }

    @Test
    void the_clock_is_worked_out_from_the_nights_steps_that_fall_in_bed_on_one_reading_but_not_the_other()
            throws IOException {
        // Five nights in bed 23:00-07:00 local; walks 07:30-08:30 and 22:00-22:30 local, 60 steps a minute.
        List<String> sleep = new ArrayList<>();
        List<String> writtenInUtc = new ArrayList<>();
        List<String> writtenLocal = new ArrayList<>();
        for (int d = 1; d <= 5; d++) {
            LocalDate day = LocalDate.of(2024, 1, d);
            sleep.add(stagesLog(d, day.minusDays(1) + "T23:00:00.000", day + "T07:00:00.000", 420, 480, 250, 70, 100));
            // Amsterdam in January is UTC+1: local 07:30 is written 06:30 on the UTC clock.
            writtenInUtc.addAll(minutes(day.atTime(6, 30), day.atTime(7, 30), 60));
            writtenInUtc.addAll(minutes(day.atTime(21, 0), day.atTime(21, 30), 60));
            writtenLocal.addAll(minutes(day.atTime(7, 30), day.atTime(8, 30), 60));
            writtenLocal.addAll(minutes(day.atTime(22, 0), day.atTime(22, 30), 60));
        }
        FitbitExport utc = takeout(sleep, writtenInUtc);
        FitbitExport local = takeout(sleep, writtenLocal);

        assertThat(utc.stepClock(StepClock.AUTO, AMSTERDAM)).isEqualTo(StepClock.UTC);
        assertThat(local.stepClock(StepClock.AUTO, AMSTERDAM)).isEqualTo(StepClock.LOCAL);
        // Read on the clock worked out, both files give the same days: 90 minutes of 60 steps each day.
        assertThat(utc.stepDays(StepClock.UTC, AMSTERDAM))
                .isEqualTo(local.stepDays(StepClock.LOCAL, AMSTERDAM))
                .hasSize(5)
                .allSatisfy(day -> assertThat(day.steps()).isEqualTo(5400));
        // What the person chose is kept, whatever the nights say.
        assertThat(utc.stepClock(StepClock.LOCAL, AMSTERDAM)).isEqualTo(StepClock.LOCAL);
        // In a zone on UTC the two readings are the same and the nights cannot tell: local, as for sleep.
        Preferences reykjavik = new Preferences(ZoneId.of("Atlantic/Reykjavik"), LocalTime.of(4, 0));
        assertThat(utc.stepClock(StepClock.AUTO, reykjavik)).isEqualTo(StepClock.LOCAL);
    }

    @Test
    void too_few_steps_in_bed_either_way_say_nothing_and_local_time_is_taken() throws IOException {
        List<String> sleep = new ArrayList<>();
        List<String> steps = new ArrayList<>();
        for (int d = 1; d <= 3; d++) {
            LocalDate day = LocalDate.of(2024, 1, d);
            sleep.add(stagesLog(d, day.minusDays(1) + "T23:00:00.000", day + "T07:00:00.000", 420, 480, 250, 70, 100));
            // A few steps to the bathroom at 03:00 written: in bed on both readings, but 3 × 60 < 200.
            steps.addAll(minutes(day.atTime(3, 0), day.atTime(3, 1), 60));
        }
        FitbitExport export = takeout(sleep, steps);
        assertThat(export.stepClock(StepClock.AUTO, AMSTERDAM)).isEqualTo(StepClock.LOCAL);
    }

    @Test
    void records_that_cannot_be_true_are_counted_and_left_out() throws IOException {
        String steps = array(
                minute(LocalDateTime.of(2024, 3, 1, 10, 0), 40),
                "{\"dateTime\" : \"02/30/24 10:00:00\", \"value\" : \"40\"}", // 30 February
                "{\"dateTime\" : \"03/01/24 10:01:00\", \"value\" : \"5000\"}", // 5,000 steps in a minute
                "{\"dateTime\" : \"03/01/24 10:02:00\", \"value\" : \"-3\"}",
                "{\"dateTime\" : \"2024-03-01 10:03\", \"value\" : \"3\"}",
                "{\"dateTime\" : \"03/01/24 10:04:00\", \"value\" : {\"bpm\" : 70}}",
                "{\"value\" : \"7\"}",
                "\"not an object\"",
                "{\"dateTime\" : \"03/01/24 10:05:00\", \"value\" : 2}");
        FitbitExport export = read(steps.getBytes(StandardCharsets.UTF_8), "steps-2024-03-01.json");
        assertThat(export.stepDays(StepClock.LOCAL, AMSTERDAM))
                .containsExactly(new HealthMeasures.StepDay(LocalDate.of(2024, 3, 1), "Fitbit", 42));
        assertThat(export.records()).isEqualTo(8);

        String sleep = array(
                // ends before it starts
                classicLog(1, "2024-03-02T07:00:00.000", "2024-03-01T23:00:00.000", 400, 420, true),
                // more asleep than in bed
                classicLog(2, "2024-03-01T23:00:00.000", "2024-03-02T07:00:00.000", 500, 480, true),
                // stages adding up to more than the sleep: the night is kept, its stages are not
                stagesLog(3, "2024-03-02T23:00:00.000", "2024-03-03T07:00:00.000", 300, 480, 250, 200, 100),
                "{\"logId\" : 4, \"startTime\" : \"2024-03-04T23:00:00.000\"}",
                // a year no sleep was logged in, at the end of what a date can hold
                classicLog(5, "+999999999-12-31T20:00:00.000", "+999999999-12-31T23:00:00.000", 100, 180, true));
        FitbitExport nights = read(sleep.getBytes(StandardCharsets.UTF_8), "sleep-2024-03-01 (1).json");
        assertThat(nights.nights()).containsExactly(night("2024-03-03", 300, 480, 0, 0, 0));
    }

    @Test
    void a_broken_file_says_which_file_and_line_and_a_file_that_is_not_fitbits_says_so() throws IOException {
        byte[] truncated = new TakeoutFiles()
                .file(
                        FOLDER + "sleep-2024-03-01.json",
                        array(classicLog(1, "2024-03-01T23:00:00.000", "2024-03-02T07:00:00.000", 400, 420, true)))
                .file(FOLDER + "steps-2024-03-01.json", "[\n{\"dateTime\" : \"03/01/24 10:00:00\",\n\"value\" : \"4")
                .zip();
        assertThatThrownBy(() -> read(truncated, "takeout.zip")).isInstanceOfSatisfying(UnreadableExport.class, e -> {
            assertThat(e.getMessage()).isEqualTo("json.broken");
            assertThat(e.line()).isEqualTo(3);
            assertThat(e.part()).isEqualTo("steps-2024-03-01.json");
        });

        assertThatThrownBy(() -> read("{\"steps\" : 3}".getBytes(StandardCharsets.UTF_8), "steps-2024-03-01.json"))
                .hasMessage("fitbit.notFitbit");
        assertThatThrownBy(() -> read("[]".getBytes(StandardCharsets.UTF_8), "calories-2024-03-01.json"))
                .hasMessage("fitbit.notFitbit");
        assertThatThrownBy(() -> read(
                        new TakeoutFiles()
                                .file("Takeout/Mail/all.mbox", "From x")
                                .zip(),
                        "t.zip"))
                .hasMessage("fitbit.zip.none");
        assertThatThrownBy(() -> read("[{\"a\":".repeat(40).getBytes(StandardCharsets.UTF_8), "steps-x.json"))
                .hasMessage("json.broken");
    }

    @Test
    void a_zip_bomb_is_refused_before_it_is_unpacked() {
        TakeoutFiles files = new TakeoutFiles();
        files.file(FOLDER + "steps-2024-03-01.json", "[" + " ".repeat(64 << 20) + "]");
        byte[] zip = files.zip();
        FitbitTakeoutReader strict = new FitbitTakeoutReader(new ZipLimits(100, 1L << 30, 200));
        assertThatThrownBy(() -> strict.read(new ByteArrayInputStream(zip), "t.zip", new FitbitExport(n -> {})))
                .isInstanceOf(UnreadableExport.class)
                .hasMessage("zip.bomb");
    }
}
