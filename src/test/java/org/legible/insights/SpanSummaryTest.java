package org.legible.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.legible.insights.Days.checkIn;
import static org.legible.insights.Days.day;
import static org.legible.insights.Days.details;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.legible.diary.CheckIn;

class SpanSummaryTest {

    @Test
    void weeksEndOnTheLastDaySoTheOldestMayBeShortAndAWeekWithoutACheckInIsLeftOut() {
        // Days 0–16: the weeks are 10–16, 3–9 and 0–2. Nothing in 3–9.
        List<CheckIn> checkIns = List.of(
                checkIn(0, 9, details(0, 4).sleep("6", null).fatigue(2).build()),
                checkIn(
                        0,
                        20,
                        details(0, 6).fatigue(4).restless(5, null, null, null).build()),
                checkIn(2, 9, details(2, 8).sleep("8", null).build()),
                checkIn(12, 9, details(12, 3).build()));

        List<SpanSummary> weeks = SpanSummary.weeks(DaySummaries.of(checkIns), day(0), day(16));

        assertThat(weeks).hasSize(2);
        SpanSummary oldest = weeks.get(0);
        assertThat(oldest.index()).isZero();
        assertThat(oldest.first()).isEqualTo(day(0));
        assertThat(oldest.last()).isEqualTo(day(2));
        assertThat(oldest.daysRecorded()).isEqualTo(2);
        // Day 0's mean is 5, day 2's is 8: the week's mean of days is 6.5, not the mean of the three check-ins.
        assertThat(oldest.meanPain()).isCloseTo(6.5, within(1e-9));
        assertThat(oldest.worstPain()).isEqualTo(8);
        assertThat(oldest.meanSleepHours()).isCloseTo(7.0, within(1e-9));
        assertThat(oldest.meanFatigue())
                .as("only day 0 has tiredness, its mean 3")
                .isCloseTo(3.0, within(1e-9));
        assertThat(oldest.meanUrge()).isCloseTo(5.0, within(1e-9));

        SpanSummary newest = weeks.get(1);
        assertThat(newest.index()).as("the empty week 1 leaves a gap").isEqualTo(2);
        assertThat(newest.first()).isEqualTo(day(10));
        assertThat(newest.last()).isEqualTo(day(16));
        assertThat(newest.meanSleepHours()).isNull();
        assertThat(newest.meanFatigue()).isNull();
        assertThat(newest.meanUrge()).isNull();
    }
}
