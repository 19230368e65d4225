package org.legible.experiments;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.legible.diary.Vocabulary.Strategy;
import org.legible.experiments.Experiment.Design;
import org.legible.experiments.ExperimentRules.Draft;
import org.legible.experiments.ExperimentRules.Plan;

/** The one set of rules for an experiment's plan: what the form and the JSON import both refuse, and what they take. */
class ExperimentRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    private static Map<String, String> problems(Draft draft, LocalDate today) {
        return ExperimentRules.check(draft, today).problems().stream()
                .collect(Collectors.toMap(ExperimentRules.Problem::field, ExperimentRules.Problem::messageKey));
    }

    private static Draft blocks(String design, String against, String start, String blockDays, String pairs, String w) {
        return new Draft(design, "heat", against, start, null, blockDays, pairs, w, null, null);
    }

    private static Draft ways(String against, String wayA, String wayB) {
        return new Draft("a-against-b", "medication", against, null, null, "7", "2", "0", wayA, wayB);
    }

    @Test
    void a_plan_of_blocks_is_taken_with_its_length_worked_out() {
        ExperimentRules.Checked checked =
                ExperimentRules.check(blocks("a-against-b", "stretching", "2026-12-10", "5", "3", "1"), TODAY);

        assertThat(checked.problems()).isEmpty();
        assertThat(checked.plan())
                .isEqualTo(new Plan(
                        Design.A_AGAINST_B,
                        Strategy.HEAT,
                        Strategy.STRETCHING,
                        LocalDate.of(2026, 12, 10),
                        30,
                        5,
                        3,
                        1,
                        null,
                        null));
        assertThat(ExperimentRules.check(blocks("on-off", "", "", "7", "2", ""), TODAY)
                        .plan())
                .as("no start day is today, no wash-out is none, and on and off has no B")
                .isEqualTo(new Plan(Design.ON_AND_OFF, Strategy.HEAT, null, TODAY, 28, 7, 2, 0, null, null));
    }

    @Test
    void blocks_of_zero_or_thirty_days_and_pairs_out_of_range_are_refused() {
        assertThat(problems(blocks("on-off", null, null, "0", "2", "0"), TODAY))
                .containsEntry("blockDays", "experiments.error.blockDays");
        assertThat(problems(blocks("on-off", null, null, "30", "1", "0"), TODAY))
                .containsEntry("blockDays", "experiments.error.blockDays")
                .containsEntry("pairs", "experiments.error.pairs");
        assertThat(problems(blocks("on-off", null, null, "seven", "5", "0"), TODAY))
                .containsEntry("blockDays", "experiments.error.blockDays")
                .containsEntry("pairs", "experiments.error.pairs");
        assertThat(problems(blocks("on-off", null, null, "4", "2", "3"), TODAY))
                .as("at least two days of each block count")
                .containsOnlyKeys("washoutDays");
    }

    @Test
    void a_against_b_needs_two_different_strategies() {
        assertThat(problems(blocks("a-against-b", "heat", null, "7", "2", "0"), TODAY))
                .containsExactly(Map.entry("against", "experiments.error.same"));
        assertThat(problems(blocks("a-against-b", "", null, "7", "2", "0"), TODAY))
                .containsExactly(Map.entry("against", "experiments.error.against"));
        assertThat(problems(blocks("a-against-b", "no-such-thing", null, "7", "2", "0"), TODAY))
                .containsExactly(Map.entry("against", "experiments.error.against"));
    }

    @Test
    void two_ways_of_one_strategy_are_compared_when_each_has_its_own_name() {
        ExperimentRules.Checked checked =
                ExperimentRules.check(ways("medication", " 150 mg\tat night ", "75 mg twice a day"), TODAY);

        assertThat(checked.problems()).isEmpty();
        assertThat(checked.plan().against()).isEqualTo(Strategy.MEDICATION);
        assertThat(checked.plan().wayA()).as("one line, stripped").isEqualTo("150 mg at night");
        assertThat(checked.plan().wayB()).isEqualTo("75 mg twice a day");
        assertThat(problems(ways("medication", "150 mg at night", ""), TODAY))
                .containsExactly(Map.entry("wayB", "experiments.error.way.name"));
        assertThat(problems(ways("medication", null, "75 mg twice a day"), TODAY))
                .containsExactly(Map.entry("wayA", "experiments.error.way.name"));
        assertThat(problems(ways("medication", "At night", "at NIGHT"), TODAY))
                .containsExactly(Map.entry("wayB", "experiments.error.way.same"));
        assertThat(problems(ways("medication", "x".repeat(81), "75 mg twice a day"), TODAY))
                .containsExactly(Map.entry("wayA", "experiments.error.way.long"));
        assertThat(problems(ways("medication", "\u0000\u0007", "  "), TODAY))
                .as("nothing left of control characters and spaces is no name")
                .containsExactly(Map.entry("against", "experiments.error.same"));
    }

    @Test
    void ways_may_name_two_different_strategies_too_but_mean_nothing_for_on_and_off() {
        ExperimentRules.Plan plan =
                ExperimentRules.check(ways("heat", "30 minutes", null), TODAY).plan();
        assertThat(plan.wayA()).isEqualTo("30 minutes");
        assertThat(plan.wayB()).isNull();
        Draft onOff = new Draft("on-off", "heat", null, null, null, "7", "2", "0", "30 minutes", "none");
        assertThat(ExperimentRules.check(onOff, TODAY).plan().wayA()).isNull();
    }

    @Test
    void a_new_start_is_today_or_within_four_weeks_but_a_restored_one_may_be_any_day() {
        assertThat(problems(blocks("on-off", null, "2026-12-06", "7", "2", "0"), TODAY))
                .containsExactly(Map.entry("startOn", "experiments.error.startOn.past"));
        assertThat(problems(blocks("on-off", null, "2027-01-05", "7", "2", "0"), TODAY))
                .containsExactly(Map.entry("startOn", "experiments.error.startOn.far"));
        assertThat(problems(blocks("on-off", null, "next week", "7", "2", "0"), TODAY))
                .containsExactly(Map.entry("startOn", "experiments.error.startOn.date"));
        assertThat(problems(blocks("on-off", null, "2026-12-06", "7", "2", "0"), null))
                .as("restored from an export")
                .isEmpty();
        assertThat(problems(blocks("on-off", null, "", "7", "2", "0"), null))
                .as("a restored one has its first day")
                .containsExactly(Map.entry("startOn", "experiments.error.startOn.date"));
    }

    @Test
    void the_first_kind_keeps_its_two_three_or_four_weeks_and_a_design_must_be_named() {
        assertThat(ExperimentRules.check(
                                new Draft("before-after", "heat", null, null, "21", null, null, null, null, null),
                                TODAY)
                        .plan())
                .isEqualTo(new Plan(Design.BEFORE_AND_AFTER, Strategy.HEAT, null, TODAY, 21, 0, 0, 0, null, null));
        assertThat(problems(new Draft("before-after", "heat", null, null, "10", null, null, null, null, null), TODAY))
                .containsExactly(Map.entry("days", "experiments.error.days"));
        assertThat(problems(new Draft(null, "hope", null, null, null, null, null, null, null, null), TODAY))
                .containsExactly(
                        Map.entry("design", "experiments.error.design"),
                        Map.entry("strategy", "experiments.error.strategy"));
    }
}
