package org.legible.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.legible.diary.CheckIn;
import org.legible.diary.CheckInScores;
import org.legible.insights.charts.TrendChart;
import org.legible.insights.internal.Periods;

class YearsOverviewTest {

    private static CheckInScores scores(String day, int pain, Integer fatigue, String hours, Integer urge) {
        return new CheckInScores(
                LocalDate.parse(day), pain, fatigue, hours == null ? null : new java.math.BigDecimal(hours), urge);
    }

    @Test
    void monthsAndYearsAreMeansOfTheirDaysWithGapsWhereNothingWasRecordedAndNothingAfterToday() {
        List<CheckInScores> diary = List.of(
                scores("2024-11-03", 2, 4, "7", null),
                scores("2024-11-03", 6, null, "5", 3),
                scores("2024-11-20", 8, null, null, 6),
                scores("2025-02-14", 5, 5, null, null),
                scores("2026-12-01", 3, null, "8", null));

        YearsOverview overview = YearsOverview.of(diary, LocalDate.of(2026, 12, 7));

        assertThat(overview.firstMonth()).isEqualTo(YearMonth.of(2024, 11));
        assertThat(overview.lastMonth()).isEqualTo(YearMonth.of(2026, 12));
        assertThat(overview.monthCount()).isEqualTo(26);
        assertThat(overview.daysRecorded()).isEqualTo(4);
        assertThat(overview.checkIns()).isEqualTo(5);
        assertThat(overview.months()).extracting(SpanSummary::index).containsExactly(0, 3, 25);

        SpanSummary november = overview.months().get(0);
        // 3 Nov: mean 4, worst 6, the first hours given (7), tiredness 4, urge 3. 20 Nov: 8, 8, none, none, 6.
        assertThat(november.daysRecorded()).isEqualTo(2);
        assertThat(november.meanPain()).isCloseTo(6.0, within(1e-9));
        assertThat(november.worstPain()).isEqualTo(8);
        assertThat(november.meanSleepHours()).isCloseTo(7.0, within(1e-9));
        assertThat(november.meanFatigue()).isCloseTo(4.0, within(1e-9));
        assertThat(november.meanUrge()).isCloseTo(4.5, within(1e-9));
        assertThat(november.first()).isEqualTo(LocalDate.of(2024, 11, 1));
        assertThat(november.last()).isEqualTo(LocalDate.of(2024, 11, 30));
        assertThat(overview.months().get(2).last()).as("not after today").isEqualTo(LocalDate.of(2026, 12, 7));

        assertThat(TrendChart.byMonth(overview, TrendChart.WIDTH).dayTicks())
                .as("two months of 2024 leave no room for its name before 2025's")
                .extracting(TrendChart.Tick::label)
                .containsExactly("2025", "2026");
        TrendChart chart = TrendChart.byMonth(overview, TrendChart.WIDTH);
        assertThat(chart.meanPoints()).hasSize(3);
        assertThat(chart.painLines())
                .as("a gap for the months without a check-in")
                .hasSize(3);
        assertThat(overview.years()).extracting(SpanSummary::index).containsExactly(0, 1, 2);
        assertThat(overview.years().get(0).first()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(overview.years().get(2).last()).isEqualTo(LocalDate.of(2026, 12, 7));
    }

    @Test
    void aDayCountsAsOnThePatternsPage() {
        LocalDate from = Days.day(0);
        LocalDate to = Days.day(30);
        Random random = new Random(7);
        List<CheckIn> checkIns = new ArrayList<>();
        for (int day = 0; day <= 30; day++) {
            for (int hour = 8; hour < 8 + random.nextInt(4) * 5; hour += 5) {
                Days.Builder details = Days.details(day, random.nextInt(11));
                if (random.nextBoolean()) {
                    details.fatigue(random.nextInt(11));
                }
                if (random.nextBoolean()) {
                    details.sleep(String.valueOf(3 + random.nextInt(7)), null);
                }
                if (random.nextBoolean()) {
                    details.restless(random.nextInt(11), null, null, null);
                }
                checkIns.add(Days.checkIn(day, hour, details.build()));
            }
        }
        List<CheckInScores> scores = checkIns.stream()
                .map(c -> new CheckInScores(
                        c.details().diaryDay(),
                        c.details().overallPain(),
                        c.details().fatigue(),
                        c.details().sleep().hours(),
                        c.details().restlessLegs().urge()))
                .toList();
        PeriodInsights month = Periods.of(checkIns, from, to, FlareRule.DEFAULT);

        SpanSummary october = YearsOverview.of(scores, to).months().get(0);

        assertThat(october.daysRecorded()).isEqualTo(month.days().size());
        assertThat(october.meanPain()).isCloseTo(month.meanPain().getAsDouble(), within(1e-9));
        assertThat(october.worstPain()).isEqualTo(month.worstPain());
        assertThat(october.meanSleepHours()).isCloseTo(month.meanSleepHours().getAsDouble(), within(1e-9));
        assertThat(october.meanFatigue())
                .isCloseTo(
                        month.days().stream()
                                .filter(d -> d.meanFatigue() != null)
                                .mapToDouble(DaySummary::meanFatigue)
                                .average()
                                .getAsDouble(),
                        within(1e-9));
    }

    @Test
    void anEmptyDiaryHasNoMonths() {
        YearsOverview overview = YearsOverview.of(List.of(), LocalDate.of(2026, 12, 7));

        assertThat(overview.months()).isEmpty();
        assertThat(overview.monthCount()).isZero();
        assertThat(TrendChart.byMonth(overview, TrendChart.WIDTH).meanPoints()).isEmpty();
    }
}
