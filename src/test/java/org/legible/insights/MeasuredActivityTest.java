package org.legible.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.legible.insights.Days.day;
import static org.legible.insights.Days.pain;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.legible.diary.CheckIn;
import org.legible.diary.HealthMeasures;
import org.legible.insights.internal.Periods;

class MeasuredActivityTest {

    private static HealthMeasures.StepDay steps(int day, long count) {
        return new HealthMeasures.StepDay(day(day), "Phone", count);
    }

    @Test
    void pairsEachDaysStepsWithTheNextDaysPainAndComparesBusierDaysWithTheRest() {
        List<CheckIn> checkIns = new ArrayList<>();
        List<HealthMeasures.StepDay> days = new ArrayList<>();
        // Days 0–4: 12,000 steps, then pain 7 the next day; days 10–14: 3,000 steps, then pain 4 the next day.
        for (int i = 0; i < 5; i++) {
            days.add(steps(i * 2, 12_000));
            checkIns.add(pain(i * 2 + 1, 7));
            days.add(steps(10 + i * 2, 3_000));
            checkIns.add(pain(11 + i * 2, 4));
        }
        days.add(steps(30, 6_000)); // no check-in the day after

        MeasuredActivity activity = MeasuredActivity.of(DaySummaries.of(checkIns), days);

        assertThat(activity.days()).isEqualTo(11);
        assertThat(activity.paired()).isEqualTo(10);
        // (5 × 12,000 + 5 × 3,000 + 6,000) / 11 = 7,363.6…; the median of the ten paired days is 7,500.
        assertThat(activity.meanSteps()).isEqualTo(7_364);
        assertThat(activity.medianSteps()).isEqualTo(7_500);
        Comparison busier = activity.busierDays().orElseThrow();
        assertThat(busier.daysWith()).isEqualTo(5);
        assertThat(busier.meanWith()).isEqualTo(7.0);
        assertThat(busier.meanWithout()).isEqualTo(4.0);
        assertThat(busier.difference()).isEqualTo(3.0);
    }

    @Test
    void theSameDaysPainIsNotTheNextDaysAndTooFewDaysSayNothing() {
        MeasuredActivity sameDay = MeasuredActivity.of(DaySummaries.of(List.of(pain(0, 8))), List.of(steps(0, 20_000)));
        assertThat(sameDay.days()).isEqualTo(1);
        assertThat(sameDay.paired()).as("pain on the day itself is not paired").isZero();
        assertThat(sameDay.busierDays()).isEmpty();
        assertThat(MeasuredActivity.of(DaySummaries.of(List.of(pain(0, 8))), List.of()))
                .isEqualTo(MeasuredActivity.NONE);
    }

    @Test
    void activeMinutesAreAveragedOverTheDaysThatHadThemAndAFileWithoutThemSaysNothing() {
        MeasuredActivity some = MeasuredActivity.of(
                List.of(),
                List.of(
                        new HealthMeasures.StepDay(day(0), "Watch", 9_000, 30),
                        new HealthMeasures.StepDay(day(1), "Watch", 9_000, 45),
                        new HealthMeasures.StepDay(day(2), "Phone", 2_000)));
        assertThat(some.activeDays()).isEqualTo(2);
        assertThat(some.meanActiveMinutes()).as("(30 + 45) / 2, rounded").isEqualTo(38);

        MeasuredActivity none = MeasuredActivity.of(List.of(), List.of(steps(0, 5_000)));
        assertThat(none.activeDays()).isZero();
        assertThat(none.meanActiveMinutes()).isNull();
    }

    @Test
    void theAnalysisKeepsThePeriodsStepsAndReadsTheDayAfterItsLastDay() {
        PeriodInsights period = Periods.of(
                List.of(pain(10, 5)),
                List.of(),
                List.of(steps(9, 8_000), steps(25, 8_000)),
                day(0),
                day(9),
                FlareRule.DEFAULT);

        assertThat(period.measuredActivity().days()).isEqualTo(1);
        assertThat(period.measuredActivity().paired())
                .as("the last day's steps meet the pain of the day after the period")
                .isEqualTo(1);
    }
}
