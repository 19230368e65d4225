package org.legible.insights.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.legible.insights.Days.checkIn;
import static org.legible.insights.Days.day;
import static org.legible.insights.Days.details;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.legible.diary.CheckIn;
import org.legible.insights.FlareRule;
import org.legible.insights.PeriodInsights;
import org.legible.insights.internal.Periods;

class TrendChartTest {

    // Ten days across 652 units (34 to 686): 65.2 per day, each day drawn at its middle. Pain 0–10 runs from y 104
    // down to y 10, 9.4 per point.
    private static final List<CheckIn> CHECK_INS = List.of(
            checkIn(0, 9, details(0, 5).fatigue(4).build()),
            checkIn(1, 9, details(1, 5).fatigue(6).build()),
            checkIn(2, 9, details(2, 5).restless(3, true, true, true).build()),
            checkIn(5, 9, details(5, 5).fatigue(8).build()));

    private static TrendChart chart() {
        PeriodInsights period = Periods.of(CHECK_INS, day(0), day(9), FlareRule.DEFAULT);
        return TrendChart.withFatigueAndUrge(period, Locale.UK);
    }

    @Test
    void tirednessIsALineBrokenAtDaysWithoutItAndEveryDayWithAValueHasAMarker() {
        TrendChart chart = chart();

        // Day 2 has a check-in without tiredness, so the line stops after day 1; day 5 stands alone.
        assertThat(chart.fatigueLines()).containsExactly("66.6,66.4 131.8,47.6", "392.6,28.8");
        assertThat(chart.fatiguePoints()).hasSize(3);
        TrendChart.Point alone = chart.fatiguePoints().get(2);
        assertThat(alone.x()).isCloseTo(392.6, within(0.01));
        assertThat(alone.y()).isCloseTo(28.8, within(0.01));
    }

    @Test
    void aSingleDayOfUrgeIsStillDrawnAsAMarker() {
        TrendChart chart = chart();

        assertThat(chart.urgePoints()).hasSize(1);
        assertThat(chart.urgePoints().get(0).x()).isCloseTo(197.0, within(0.01));
        assertThat(chart.urgePoints().get(0).y()).isCloseTo(75.8, within(0.01));
    }

    @Test
    void theReportsChartLeavesTirednessAndUrgeOut() {
        PeriodInsights period = Periods.of(CHECK_INS, day(0), day(9), FlareRule.DEFAULT);

        TrendChart chart = TrendChart.of(period, Locale.UK);

        assertThat(chart.fatigueLines()).isEmpty();
        assertThat(chart.fatiguePoints()).isEmpty();
        assertThat(chart.urgePoints()).isEmpty();
        assertThat(chart.painLines()).containsExactly("66.6,57.0 131.8,57.0 197.0,57.0", "392.6,57.0");
    }

    @Test
    void aPeriodLongerThanAQuarterIsDrawnByWeekWithAGapForAWeekWithoutACheckInButTheReportStaysDaily() {
        // Days 0–97 (98 days, 14 weeks ending on day 97): a check-in every day except days 35–48 (weeks 5 and 6).
        List<CheckIn> checkIns = new java.util.ArrayList<>();
        for (int day = 0; day < 98; day++) {
            if (day < 35 || day > 48) {
                checkIns.add(checkIn(
                        day, 9, details(day, day < 35 ? 4 : 6).fatigue(3).build()));
            }
        }
        PeriodInsights period = Periods.of(checkIns, day(0), day(97), FlareRule.DEFAULT);

        TrendChart chart = TrendChart.withFatigueAndUrge(period, Locale.UK);

        assertThat(chart.each()).isEqualTo(TrendChart.Each.WEEK);
        assertThat(chart.meanPoints()).as("one mark a week with a check-in").hasSize(12);
        assertThat(chart.painLines()).as("broken at the two empty weeks").hasSize(2);
        assertThat(chart.fatigueLines()).hasSize(2);
        // The first week is days 0–6, drawn at day 3's middle: 34 + 3.5 × 652 / 98.
        assertThat(chart.meanPoints().get(0).x()).isCloseTo(34 + 3.5 * 652 / 98, within(0.05));
        assertThat(chart.meanPoints().get(0).y()).isCloseTo(TrendChart.painY(4), within(0.01));
        assertThat(chart.meanPoints().get(5).y()).isCloseTo(TrendChart.painY(6), within(0.01));

        TrendChart report = TrendChart.of(period, Locale.UK);
        assertThat(report.each()).isEqualTo(TrendChart.Each.DAY);
        assertThat(report.painLines()).hasSize(2);
        assertThat(report.meanPoints())
                .as("6.7 units a day: each day's dot would overlap its neighbours', and the line carries them")
                .isEmpty();
    }

    @Test
    void onADenseChartOnlyADayWithNoNeighbourKeepsItsMark() {
        List<CheckIn> checkIns = new java.util.ArrayList<>();
        for (int day = 0; day < 50; day++) {
            checkIns.add(checkIn(day, 9, details(day, 4).fatigue(3).build()));
        }
        checkIns.add(checkIn(
                70, 9, details(70, 8).fatigue(6).restless(5, null, null, null).build()));
        PeriodInsights period = Periods.of(checkIns, day(0), day(89), FlareRule.DEFAULT);

        TrendChart narrow = TrendChart.withFatigueAndUrge(period, Locale.UK, TrendChart.NARROW);

        assertThat(narrow.each()).isEqualTo(TrendChart.Each.DAY);
        assertThat(narrow.meanPoints())
                .singleElement()
                .satisfies(p -> assertThat(p.y()).isCloseTo(TrendChart.painY(8), within(0.05)));
        assertThat(narrow.fatiguePoints()).hasSize(1);
        assertThat(narrow.worstPoints())
                .as("the day's worst is a value, not a marker")
                .hasSize(51);
        assertThat(narrow.urgeMarks())
                .isEqualTo("M" + narrow.urgePoints().get(0).x() + " 53.5l3.5 3.5-3.5 3.5-3.5-3.5z");
        assertThat(TrendChart.withFatigueAndUrge(period, Locale.UK).meanPoints())
                .as("7.2 units a day on a wide screen: every day keeps its mark")
                .hasSize(51);
    }
}
