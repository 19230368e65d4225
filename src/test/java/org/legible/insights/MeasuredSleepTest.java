package org.legible.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.legible.insights.Days.day;
import static org.legible.insights.Days.pain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.legible.diary.CheckIn;
import org.legible.diary.HealthMeasures;
import org.legible.insights.internal.Periods;

class MeasuredSleepTest {

    private static HealthMeasures.Night night(int day, int minutesAsleep) {
        BigDecimal asleep = BigDecimal.valueOf(minutesAsleep);
        return new HealthMeasures.Night(
                day(day), "Watch", asleep, asleep, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);
    }

    @Test
    void pairsEachMeasuredNightWithThePainOfTheDayItLedIntoAndComparesShortNightsWithTheRest() {
        List<CheckIn> checkIns = new ArrayList<>();
        List<HealthMeasures.Night> nights = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            checkIns.add(pain(i, 6));
            nights.add(night(i, 300)); // 5 hours
            checkIns.add(pain(5 + i, 3));
            nights.add(night(5 + i, 480)); // 8 hours
        }
        nights.add(night(10, 420)); // 7 hours, no check-in that day

        MeasuredSleep sleep = MeasuredSleep.of(DaySummaries.of(checkIns), nights);

        assertThat(sleep.nights()).isEqualTo(11);
        assertThat(sleep.paired()).isEqualTo(10);
        // (5 × 5 + 5 × 8 + 7) / 11 = 6.545… hours; the median of the ten paired nights is 6.5 hours.
        assertThat(sleep.meanHoursAsleep()).isEqualByComparingTo("6.5");
        assertThat(sleep.medianHoursAsleep()).isEqualByComparingTo("6.5");
        Comparison shorter = sleep.shorterNights().orElseThrow();
        assertThat(shorter.daysWith()).isEqualTo(5);
        assertThat(shorter.difference()).isEqualTo(3.0);
        assertThat(shorter.low()).isEqualTo(3.0);
    }

    @Test
    void noMeasuredNightsOrTooFewToCompareSayNothingOfTheComparison() {
        assertThat(MeasuredSleep.of(DaySummaries.of(List.of(pain(0, 4))), List.of()))
                .isEqualTo(MeasuredSleep.NONE);
        MeasuredSleep few = MeasuredSleep.of(DaySummaries.of(List.of(pain(0, 4))), List.of(night(0, 360)));
        assertThat(few.nights()).isEqualTo(1);
        assertThat(few.shorterNights()).isEmpty();
    }

    @Test
    void theAnalysisKeepsOnlyThePeriodsNights() {
        PeriodInsights period = Periods.of(
                List.of(pain(3, 4)), List.of(night(3, 360), night(20, 360)), day(0), day(9), FlareRule.DEFAULT);

        assertThat(period.measuredSleep().nights()).isEqualTo(1);
        assertThat(period.measuredSleep().paired()).isEqualTo(1);
    }
}
