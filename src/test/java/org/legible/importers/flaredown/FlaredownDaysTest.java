package org.legible.importers.flaredown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.legible.diary.HealthMeasures.EntryKind;
import org.legible.diary.HealthMeasures.TrackerEntry;
import org.legible.importers.csv.CsvRows;
import org.legible.importers.files.UnreadableExport;

/**
 * Flaredown's export read by column roles. The files are written the way Flaredown's export job writes them
 * (rubyforgood/Flaredown, backend/app/jobs/data_export_job.rb): Date, conditions, symptoms, treatments, then Tags and
 * Foods joined by "; ".
 */
class FlaredownDaysTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final String HEADER = "Date,Fibromyalgia,Fatigue,Restless legs,Amitriptyline,Walking,Tags,Foods\n";
    static final String THREE_DAYS = HEADER
            + "2017-05-03,3,2,,10 mg,,stress; poor sleep,coffee\n"
            + "2017-05-04,4,4,1,10 mg,,,\n"
            + "2017-05-05,2,1,0,,20 min,\"weather; stress\",\n";

    private static CsvRows rows(String csv) throws IOException {
        CsvRows rows = new CsvRows(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
        rows.header();
        return rows;
    }

    private static FlaredownLayout layout(String csv) throws IOException {
        return FlaredownLayout.of(new CsvRows(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8))).header())
                .orElseThrow();
    }

    private static List<ColumnRole> roles(ColumnRole... afterDate) {
        List<ColumnRole> roles = new java.util.ArrayList<>();
        roles.add(ColumnRole.LEAVE_OUT);
        roles.addAll(List.of(afterDate));
        return roles;
    }

    private static final List<ColumnRole> GUESSED = roles(
            ColumnRole.RATING,
            ColumnRole.RATING,
            ColumnRole.RATING,
            ColumnRole.MEDICATION,
            ColumnRole.STRATEGY,
            ColumnRole.TRIGGER,
            ColumnRole.LEAVE_OUT);

    @Test
    void the_survey_tells_ratings_from_treatments_by_what_they_hold_and_guesses_tags_as_triggers() throws IOException {
        FlaredownLayout layout = layout(THREE_DAYS);
        List<ColumnSurvey> survey = ColumnSurvey.of(layout, rows(THREE_DAYS));

        assertThat(survey)
                .extracting(ColumnSurvey::name, ColumnSurvey::days, s -> s.guess(layout))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Fibromyalgia", 3, ColumnRole.RATING),
                        org.assertj.core.groups.Tuple.tuple("Fatigue", 3, ColumnRole.RATING),
                        org.assertj.core.groups.Tuple.tuple("Restless legs", 2, ColumnRole.RATING),
                        org.assertj.core.groups.Tuple.tuple("Amitriptyline", 2, ColumnRole.MEDICATION),
                        org.assertj.core.groups.Tuple.tuple("Walking", 1, ColumnRole.MEDICATION),
                        org.assertj.core.groups.Tuple.tuple("Tags", 2, ColumnRole.TRIGGER),
                        org.assertj.core.groups.Tuple.tuple("Foods", 1, ColumnRole.LEAVE_OUT));
        assertThat(survey.get(3).examples()).as("each value once").containsExactly("10 mg");
    }

    @Test
    void each_day_keeps_its_ratings_on_the_0_to_4_scale_its_treatments_with_their_dose_and_each_tag()
            throws IOException {
        FlaredownDays.Days days =
                new FlaredownDays(layout(THREE_DAYS), GUESSED, TODAY, false).read(rows(THREE_DAYS), n -> {});

        LocalDate third = LocalDate.of(2017, 5, 3);
        LocalDate fifth = LocalDate.of(2017, 5, 5);
        assertThat(days.rowsUsed()).isEqualTo(3);
        assertThat(days.entries())
                .filteredOn(e -> e.day().equals(third))
                .containsExactly(
                        TrackerEntry.rating(third, "Fibromyalgia", 3, 4),
                        TrackerEntry.rating(third, "Fatigue", 2, 4),
                        TrackerEntry.named(third, EntryKind.MEDICATION, "Amitriptyline", "10 mg"),
                        TrackerEntry.named(third, EntryKind.TRIGGER, "stress", null),
                        TrackerEntry.named(third, EntryKind.TRIGGER, "poor sleep", null));
        assertThat(days.entries())
                .filteredOn(e -> e.day().equals(fifth))
                .as("a 0 is a rating; a blank is nothing")
                .contains(
                        TrackerEntry.rating(fifth, "Restless legs", 0, 4),
                        TrackerEntry.named(fifth, EntryKind.STRATEGY, "Walking", "20 min"),
                        TrackerEntry.named(fifth, EntryKind.TRIGGER, "weather", null))
                .noneMatch(e -> e.name().equals("Amitriptyline"));
        assertThat(days.entries()).noneMatch(e -> e.name().equals("coffee"));
    }

    @Test
    void a_food_that_is_also_a_tag_counts_once_when_both_are_triggers() throws IOException {
        String csv = HEADER + "2017-05-03,,,,,,coffee,coffee; toast\n";
        List<ColumnRole> bothLists = roles(
                ColumnRole.RATING,
                ColumnRole.RATING,
                ColumnRole.RATING,
                ColumnRole.MEDICATION,
                ColumnRole.STRATEGY,
                ColumnRole.TRIGGER,
                ColumnRole.TRIGGER);

        assertThat(new FlaredownDays(layout(csv), bothLists, TODAY, false)
                        .read(rows(csv), n -> {})
                        .entries())
                .extracting(TrackerEntry::name)
                .containsExactly("coffee", "toast");
    }

    @Test
    void a_condition_and_a_symptom_of_one_name_keep_both_ratings_and_a_long_food_name_is_kept_whole()
            throws IOException {
        String food = "Cereals ready-to-eat, QUAKER, QUAKER OAT CINNAMON LIFE, fortified with vitamins and minerals,"
                + " prepared with whole milk"; // a USDA long description, as Flaredown writes foods
        assertThat(food.length()).isGreaterThan(100);
        String csv = "Date,Fatigue,Fatigue,Tags,Foods\n2017-05-03,3,1,,\"" + food + "; toast\"\n";
        FlaredownLayout layout = layout(csv);
        assertThat(layout.name(1)).isEqualTo("Fatigue");
        assertThat(layout.name(2)).isEqualTo("Fatigue (column 3)");

        List<TrackerEntry> entries = new FlaredownDays(
                        layout,
                        roles(ColumnRole.RATING, ColumnRole.RATING, ColumnRole.TRIGGER, ColumnRole.TRIGGER),
                        TODAY,
                        false)
                .read(rows(csv), n -> {})
                .entries();
        assertThat(entries)
                .extracting(TrackerEntry::name, TrackerEntry::rating)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Fatigue", 3),
                        org.assertj.core.groups.Tuple.tuple("Fatigue (column 3)", 1),
                        org.assertj.core.groups.Tuple.tuple(food, null),
                        org.assertj.core.groups.Tuple.tuple("toast", null));
    }

    @Test
    void a_treatment_read_as_a_rating_stops_the_import_at_its_line_and_column() throws IOException {
        String csv = THREE_DAYS;
        List<ColumnRole> wrong = roles(
                ColumnRole.RATING,
                ColumnRole.RATING,
                ColumnRole.RATING,
                ColumnRole.RATING,
                ColumnRole.STRATEGY,
                ColumnRole.TRIGGER,
                ColumnRole.LEAVE_OUT);

        assertThatThrownBy(() -> new FlaredownDays(layout(csv), wrong, TODAY, false).read(rows(csv), n -> {}))
                .isInstanceOfSatisfying(UnreadableExport.class, e -> {
                    assertThat(e.getMessage()).isEqualTo("flaredown.badRating");
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.part()).isEqualTo("Amitriptyline");
                });
    }

    @Test
    void bad_days_stop_the_import_unless_the_person_chose_to_leave_them_out() throws IOException {
        String csv = HEADER
                + "2017-05-03,3,,,,,,\n"
                + "2017-02-30,3,,,,,,\n"
                + "5/4/2017,3,,,,,,\n"
                + "2027-01-01,3,,,,,,\n"
                + "2017-05-05,5,,,,,,\n"
                + "2017-05-06,2,,,,,,\n";
        FlaredownLayout layout = layout(csv);

        assertThatThrownBy(() -> new FlaredownDays(layout, GUESSED, TODAY, false).read(rows(csv), n -> {}))
                .isInstanceOfSatisfying(UnreadableExport.class, e -> {
                    assertThat(e.getMessage()).isEqualTo("flaredown.badDate");
                    assertThat(e.line()).as("30 February is not a day").isEqualTo(3);
                });
        FlaredownDays.Days days = new FlaredownDays(layout, GUESSED, TODAY, true).read(rows(csv), n -> {});
        assertThat(days.rowsLeftOut())
                .as("30 February, a day written another way, a day in the future, a rating of 5")
                .isEqualTo(4);
        assertThat(days.entries())
                .extracting(TrackerEntry::day)
                .containsExactly(LocalDate.of(2017, 5, 3), LocalDate.of(2017, 5, 6));
    }

    @Test
    void two_rows_for_one_day_stop_the_import() throws IOException {
        String csv = HEADER + "2017-05-03,3,,,,,,\n2017-05-03,2,,,,,,\n";

        assertThatThrownBy(() -> new FlaredownDays(layout(csv), GUESSED, TODAY, true).read(rows(csv), n -> {}))
                .isInstanceOfSatisfying(UnreadableExport.class, e -> {
                    assertThat(e.getMessage()).isEqualTo("flaredown.twoRows");
                    assertThat(e.line()).isEqualTo(3);
                });
    }

    @Test
    void a_file_without_date_first_and_tags_and_foods_last_is_not_flaredowns() throws IOException {
        assertThat(FlaredownLayout.of(List.of("Date", "Fatigue", "Tags", "Foods")))
                .isPresent();
        assertThat(FlaredownLayout.of(List.of("day", "sleep"))).isEmpty();
        assertThat(FlaredownLayout.of(List.of("Date", "Fatigue", "Tags"))).isEmpty();
        assertThat(FlaredownLayout.of(List.of("Date", "Tags", "Foods", "Fatigue")))
                .isEmpty();
    }

    @Test
    void the_preview_shows_each_of_the_first_rows_with_its_entries_or_its_problem() throws IOException {
        String csv = HEADER + "2017-05-03,3,,,,,,\n2017-05-04,x,,,,,,\n";

        List<FlaredownDays.Row> preview = new FlaredownDays(layout(csv), GUESSED, TODAY, false).preview(rows(csv), 10);

        assertThat(preview).hasSize(2);
        assertThat(preview.get(0).entries())
                .containsExactly(TrackerEntry.rating(LocalDate.of(2017, 5, 3), "Fibromyalgia", 3, 4));
        assertThat(preview.get(1).problem()).isEqualTo("badRating");
        assertThat(preview.get(1).column()).isEqualTo("Fibromyalgia");
        assertThat(preview.get(1).line()).isEqualTo(3);
    }

    @Test
    void a_column_without_a_name_is_left_out_by_the_guess_and_cannot_be_kept_as_an_item() throws IOException {
        // Found by fuzzing: an empty header cell kept as a rating would have failed the import with no clear reason.
        String csv = "Date,,Fatigue,Tags,Foods\n2017-05-03,3,2,,\n";
        FlaredownLayout layout = layout(csv);
        assertThat(ColumnSurvey.of(layout, rows(csv)).get(0).guess(layout)).isEqualTo(ColumnRole.LEAVE_OUT);

        List<ColumnRole> keepIt = List.of(
                ColumnRole.LEAVE_OUT, ColumnRole.RATING, ColumnRole.RATING, ColumnRole.TRIGGER, ColumnRole.LEAVE_OUT);
        assertThatThrownBy(() -> new FlaredownDays(layout, keepIt, TODAY, false).read(rows(csv), n -> {}))
                .isInstanceOfSatisfying(UnreadableExport.class, e -> {
                    assertThat(e.getMessage()).isEqualTo("flaredown.badName");
                    assertThat(e.line()).isEqualTo(2);
                });
    }
}
