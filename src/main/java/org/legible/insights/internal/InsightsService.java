package org.legible.insights.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.legible.accounts.AccountId;
import org.legible.diary.CheckIn;
import org.legible.diary.Diary;
import org.legible.insights.DaySummaries;
import org.legible.insights.DaySummary;
import org.legible.insights.DescriptorCounts;
import org.legible.insights.FlareRule;
import org.legible.insights.Flares;
import org.legible.insights.Insights;
import org.legible.insights.MedicationCourses;
import org.legible.insights.PeriodInsights;
import org.legible.insights.RedFlagMentions;
import org.legible.insights.RestlessNights;
import org.legible.insights.SiteStats;
import org.legible.insights.StrategyEffects;
import org.springframework.stereotype.Service;

/** Reads the period, the one before it and the day after it in one query, then folds them in memory. */
@Service
class InsightsService implements Insights {

    private final Diary diary;

    InsightsService(Diary diary) {
        this.diary = diary;
    }

    @Override
    public PeriodInsights period(AccountId account, LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("period ends before it starts");
        }
        long length = ChronoUnit.DAYS.between(from, to) + 1;
        LocalDate previousFrom = from.minusDays(length);
        LocalDate previousTo = from.minusDays(1);
        LocalDate firstNeeded = Flares.firstDayNeeded(from);
        List<CheckIn> all =
                diary.between(account, firstNeeded.isBefore(previousFrom) ? firstNeeded : previousFrom, to.plusDays(1));
        List<CheckIn> current = within(all, from, to);
        List<CheckIn> previous = within(all, previousFrom, previousTo);
        List<DaySummary> summaries = DaySummaries.of(within(all, from, to.plusDays(1)));
        List<DaySummary> days =
                summaries.stream().filter(d -> !d.day().isAfter(to)).toList();
        return new PeriodInsights(
                from,
                to,
                previousFrom,
                previousTo,
                current.size(),
                days,
                SiteStats.of(current),
                SiteStats.of(previous),
                DescriptorCounts.of(current),
                MedicationCourses.of(current),
                RestlessNights.of(days),
                StrategyEffects.measure(summaries, from, to),
                RedFlagMentions.of(current),
                FlareRule.DEFAULT,
                Flares.find(DaySummaries.of(within(all, firstNeeded, to)), all, from, to, FlareRule.DEFAULT));
    }

    private static List<CheckIn> within(List<CheckIn> checkIns, LocalDate from, LocalDate to) {
        return checkIns.stream()
                .filter(c -> !c.details().diaryDay().isBefore(from)
                        && !c.details().diaryDay().isAfter(to))
                .toList();
    }
}
