package org.legible.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.legible.insights.Days.day;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.legible.diary.CheckIn;
import org.legible.insights.CycleSummary.Part;

class CycleSummaryTest {

    /** Starts on days 0, 28, 56 and 84; pain 7 in the 5 days before each next start, 5 in a cycle's first 4, else 3. */
    private static final List<java.time.LocalDate> STARTS = List.of(day(0), day(28), day(56), day(84));

    private static List<DaySummary> threeCycles() {
        List<CheckIn> checkIns = new ArrayList<>();
        for (int d = 0; d < 90; d++) {
            int inCycle = d % 28;
            checkIns.add(Days.pain(d, inCycle >= 23 ? 7 : inCycle < 4 ? 5 : 3));
        }
        return DaySummaries.of(checkIns);
    }

    @Test
    void three_whole_cycles_give_each_part_its_days_and_mean_and_set_the_first_two_against_the_rest() {
        CycleSummary cycle = CycleSummary.of(STARTS, threeCycles(), day(0), day(89));

        assertThat(cycle.cycles()).isEqualTo(3);
        assertThat(cycle.lengths()).containsExactly(28, 28, 28);
        assertThat(cycle.enough()).isTrue();
        assertThat(cycle.part(Part.BEFORE)).isEqualTo(new CycleSummary.PartPain(15, 7.0));
        assertThat(cycle.part(Part.FIRST_DAYS)).isEqualTo(new CycleSummary.PartPain(12, 5.0));
        assertThat(cycle.part(Part.REST))
                .as("days 84 to 89 follow the last start: no whole cycle holds them")
                .isEqualTo(new CycleSummary.PartPain(57, 3.0));
        Comparison before = cycle.before().orElseThrow();
        assertThat(before.daysWith()).isEqualTo(15);
        assertThat(before.daysWithout()).isEqualTo(57);
        assertThat(before.difference()).isCloseTo(4.0, within(1e-9));
        assertThat(before.clearlyHigher()).isTrue();
        assertThat(cycle.firstDays().orElseThrow().difference()).isCloseTo(2.0, within(1e-9));
    }

    @Test
    void fewer_than_two_whole_cycles_in_the_period_are_not_enough() {
        assertThat(CycleSummary.of(STARTS.subList(0, 2), threeCycles(), day(0), day(89))
                        .cycles())
                .isEqualTo(1);
        assertThat(CycleSummary.of(STARTS.subList(0, 2), threeCycles(), day(0), day(89))
                        .enough())
                .isFalse();
        CycleSummary lastTwoMonths = CycleSummary.of(STARTS, threeCycles(), day(30), day(89));
        assertThat(lastTwoMonths.cycles())
                .as("a cycle counts when the period holds some of its days")
                .isEqualTo(2);
        assertThat(lastTwoMonths.part(Part.FIRST_DAYS).days()).isEqualTo(6);
        assertThat(CycleSummary.of(STARTS, List.of(), day(0), day(89)).enough())
                .as("cycles without check-ins")
                .isFalse();
    }

    @Test
    void in_a_cycle_too_short_for_all_three_parts_the_days_before_the_next_come_first() {
        List<DaySummary> week = new ArrayList<>();
        for (int d = 0; d < 14; d++) {
            week.addAll(DaySummaries.of(List.of(Days.pain(d, d % 7))));
        }
        CycleSummary cycle = CycleSummary.of(List.of(day(0), day(7), day(14)), week, day(0), day(13));

        assertThat(cycle.lengths()).containsExactly(7, 7);
        assertThat(cycle.part(Part.FIRST_DAYS).days()).as("days 0, 1, 7 and 8").isEqualTo(4);
        assertThat(cycle.part(Part.FIRST_DAYS).meanPain()).as("pain 0, 1, 0, 1").isEqualTo(0.5);
        assertThat(cycle.part(Part.BEFORE).days()).isEqualTo(10);
        assertThat(cycle.part(Part.REST)).isEqualTo(new CycleSummary.PartPain(0, null));
        assertThat(cycle.before()).as("nothing to set them against").isEmpty();
    }
}
