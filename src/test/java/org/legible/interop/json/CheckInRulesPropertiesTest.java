package org.legible.interop.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.ResourceBundle;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.legible.diary.CheckInDetails;
import org.legible.diary.CheckInDraft;
import org.legible.diary.CheckInRules;
import org.legible.diary.Limits;
import org.legible.support.RandomCheckIns;

/**
 * Properties of the one set of check-in rules, over many generated check-ins (a fixed seed, so a failure repeats):
 * any valid check-in written out as the export format writes it reads back exactly, and any one value made invalid
 * is refused at its own path with a message the bundle has (issue 31, "property-based tests").
 */
class CheckInRulesPropertiesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);
    private static final int RUNS = 500;
    private static final ResourceBundle MESSAGES = ResourceBundle.getBundle("messages");

    private final Random random = new Random(31);
    private final RandomCheckIns checkIns = new RandomCheckIns(random, TODAY);

    @Test
    void every_valid_check_in_written_in_the_export_format_reads_back_exactly() {
        for (int run = 0; run < RUNS; run++) {
            CheckInDetails original = checkIns.next();
            CheckInRules.Checked back =
                    CheckInRules.check(JsonExport.details(original).draft(), TODAY);
            assertThat(back.problems()).as("run %d: %s", run, original).isEmpty();
            assertThat(back.details()).as("run %d", run).isEqualTo(original);
        }
    }

    @Test
    void one_invalid_value_anywhere_is_refused_at_its_path_with_a_message_the_bundle_has() {
        List<Function<ExportDocument.Details, Spoiled>> spoilers = List.of(
                d -> new Spoiled(
                        "overallPain", with(d, "overallPain", oneOf("11", "-1", "5.5", "1E+2", "99999999999"))),
                d -> new Spoiled("fatigue", with(d, "fatigue", oneOf("10.5", "-3", "1E+1000"))),
                d -> new Spoiled("mood", with(d, "mood", oneOf("11", "-1", "6.5", "low"))),
                d -> new Spoiled("stress", with(d, "stress", oneOf("11", "-1", "6.5", "1E+2"))),
                d -> new Spoiled("interference", with(d, "interference", oneOf("11", "-2", "0.5", "most"))),
                d -> new Spoiled(
                        "morningStiffnessMinutes",
                        with(d, "morningStiffnessMinutes", oneOf("1441", "-1", "30.5", "1E+3", "an hour"))),
                d -> new Spoiled("diaryDay", with(d, "diaryDay", oneOf("2026-12-07", "1969-12-31", "2026-02-30", "x"))),
                d -> new Spoiled("timeOfDay", with(d, "timeOfDay", oneOf("dusk", "MORNING", "morning "))),
                d -> new Spoiled("sleep.hours", with(d, "sleep.hours", oneOf("24.01", "7.333", "-1", "1E+3"))),
                d -> new Spoiled("note", with(d, "note", "n".repeat(Limits.NOTE_CHARACTERS + 1 + random.nextInt(50)))));
        for (int run = 0; run < RUNS; run++) {
            ExportDocument.Details valid = JsonExport.details(checkIns.next());
            Spoiled spoiled = spoilers.get(random.nextInt(spoilers.size())).apply(valid);
            CheckInRules.Checked checked = CheckInRules.check(spoiled.draft(), TODAY);
            assertThat(checked.valid()).as("run %d: %s", run, spoiled.field()).isFalse();
            assertThat(checked.problems())
                    .as("run %d", run)
                    .anySatisfy(problem -> assertThat(problem.field()).isEqualTo(spoiled.field()))
                    .allSatisfy(problem -> assertThat(MESSAGES.containsKey(problem.messageKey()))
                            .as(problem.messageKey())
                            .isTrue());
        }
    }

    private record Spoiled(String field, CheckInDraft draft) {}

    /** The draft of {@code d} with one value replaced by text as a channel would bring it. */
    private static CheckInDraft with(ExportDocument.Details d, String field, String value) {
        CheckInDraft x = d.draft();
        return new CheckInDraft(
                field.equals("diaryDay") ? value : x.diaryDay(),
                field.equals("overallPain") ? value : x.overallPain(),
                field.equals("timeOfDay") ? value : x.timeOfDay(),
                x.contexts(),
                x.sites(),
                field.equals("sleep.hours") ? value : x.sleepHours(),
                x.sleepQuality(),
                x.wokeBy(),
                field.equals("fatigue") ? value : x.fatigue(),
                x.restlessUrge(),
                x.worseAtRest(),
                x.reliefByMovement(),
                x.worseEveningOrNight(),
                x.strategies(),
                x.medications(),
                x.triggers(),
                field.equals("note") ? value : x.note(),
                x.redFlags(),
                field.equals("mood") ? value : x.mood(),
                field.equals("stress") ? value : x.stress(),
                field.equals("interference") ? value : x.interference(),
                field.equals("morningStiffnessMinutes") ? value : x.morningStiffnessMinutes(),
                x.ownItems());
    }

    private String oneOf(String... values) {
        return values[random.nextInt(values.length)];
    }
}
