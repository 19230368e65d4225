package org.legible.insights;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.legible.diary.CheckInScores;

/**
 * The whole diary at once (issue 30 §4), month by month and year by year, from the first month with a check-in to
 * today's. Days count as on every other page ({@link DayFold}); a month or a year is the mean of its days.
 *
 * @param firstMonth the first month with a check-in
 * @param lastMonth today's month, so months since the last check-in show as a gap
 */
public record YearsOverview(
        YearMonth firstMonth,
        YearMonth lastMonth,
        int daysRecorded,
        int checkIns,
        List<SpanSummary> months,
        List<SpanSummary> years) {

    public YearsOverview {
        months = List.copyOf(months);
        years = List.copyOf(years);
    }

    /** The months to draw, from the first with a check-in to today's. */
    public int monthCount() {
        return months.isEmpty() ? 0 : (int) java.time.temporal.ChronoUnit.MONTHS.between(firstMonth, lastMonth) + 1;
    }

    /** Folds check-ins ordered by day and then by time recorded ({@code Diary.scores}'s order). */
    public static YearsOverview of(List<CheckInScores> scores, LocalDate today) {
        List<SpanSummary.Day> days = new ArrayList<>();
        DayFold fold = null;
        LocalDate day = null;
        for (CheckInScores each : scores) {
            if (!each.day().equals(day)) {
                if (fold != null) {
                    days.add(fold.day(day));
                }
                fold = new DayFold();
                day = each.day();
            }
            fold.add(each.overallPain(), each.fatigue(), each.sleepHours(), each.restlessUrge());
        }
        if (fold != null) {
            days.add(fold.day(day));
        }
        YearMonth lastMonth = YearMonth.from(today);
        if (days.isEmpty()) {
            return new YearsOverview(lastMonth, lastMonth, 0, 0, List.of(), List.of());
        }
        YearMonth firstMonth = YearMonth.from(days.get(0).day());
        return new YearsOverview(
                firstMonth,
                lastMonth,
                days.size(),
                scores.size(),
                SpanSummary.months(days, firstMonth, today),
                SpanSummary.years(days, firstMonth.getYear(), today));
    }
}
