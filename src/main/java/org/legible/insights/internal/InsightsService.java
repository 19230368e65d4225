package org.legible.insights.internal;

import java.time.LocalDate;
import org.legible.accounts.AccountId;
import org.legible.accounts.Accounts;
import org.legible.diary.Diary;
import org.legible.diary.EffectWindows;
import org.legible.diary.HealthMeasures;
import org.legible.diary.OwnItems;
import org.legible.diary.PeriodStarts;
import org.legible.insights.CycleSummary;
import org.legible.insights.DaySummaries;
import org.legible.insights.FlareRule;
import org.legible.insights.Insights;
import org.legible.insights.OwnItemSummaries;
import org.legible.insights.PeriodInsights;
import org.legible.insights.YearsOverview;
import org.springframework.stereotype.Service;

/**
 * Reads only the days a period needs (the period, the one before it, the flare baseline and the day after) in one
 * query, then folds them in memory; years of older history are never loaded.
 */
@Service
record InsightsService(
        Diary diary,
        OwnItems ownItems,
        HealthMeasures measures,
        Accounts accounts,
        PeriodStarts periodStarts,
        EffectWindows effectWindows)
        implements Insights {

    @Override
    public PeriodInsights period(AccountId account, LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("period ends before it starts");
        }
        HealthMeasures.Measured measured = measures.measured(account, from, to);
        return PeriodAnalysis.analyse(
                diary.between(account, PeriodAnalysis.firstDayNeeded(from, to), PeriodAnalysis.lastDayNeeded(to)),
                measured.nights(),
                measured.steps(),
                measured.entries(),
                from,
                to,
                FlareRule.of(accounts.preferences(account)),
                effectWindows.chosen(account));
    }

    @Override
    public OwnItemSummaries ownItems(AccountId account, LocalDate from, LocalDate to, int lag) {
        return OwnItemSummaries.of(
                ownItems.all(account),
                diary.between(account, from, to.plusDays(lag)),
                measures.measured(account, from, to).entries(),
                from,
                to,
                lag);
    }

    @Override
    public CycleSummary cycle(AccountId account, LocalDate from, LocalDate to) {
        return CycleSummary.of(periodStarts.all(account), DaySummaries.of(diary.between(account, from, to)), from, to);
    }

    @Override
    public YearsOverview years(AccountId account) {
        return YearsOverview.of(diary.scores(account), diary.today(account));
    }
}
