package org.legible.insights.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.legible.diary.CheckIn;
import org.legible.diary.EffectWindow;
import org.legible.diary.HealthMeasures;
import org.legible.insights.BesidePainScale;
import org.legible.insights.DaySummaries;
import org.legible.insights.DaySummary;
import org.legible.insights.DescriptorProfile;
import org.legible.insights.FlareRule;
import org.legible.insights.MeasuredActivity;
import org.legible.insights.MeasuredSleep;
import org.legible.insights.PeriodInsights;
import org.legible.insights.RedFlagMention;
import org.legible.insights.RestlessNights;
import org.legible.insights.SleepAndPain;
import org.legible.insights.StrategyEffects;
import org.legible.insights.TrackedRatings;
import org.legible.insights.WhenItHurts;
import org.legible.insights.patterns.Explanations;

/**
 * Folds the check-ins of a period (and the days around it that the comparisons need) into {@link PeriodInsights}.
 * Plain Java without storage, so every figure can be tested from check-ins built by hand, and the demo diary can be
 * checked for the patterns it plants.
 */
final class PeriodAnalysis {

    private PeriodAnalysis() {}

    /**
     * The first diary day whose check-ins {@link #analyse} needs: the period before, the flare baseline, or the first
     * day whose strategies could reach into the period through an effect window.
     */
    public static LocalDate firstDayNeeded(LocalDate from, LocalDate to) {
        LocalDate previousFrom = from.minusDays(length(from, to));
        LocalDate flareStart = Flares.firstDayNeeded(from);
        LocalDate earliest = flareStart.isBefore(previousFrom) ? flareStart : previousFrom;
        LocalDate reaching = from.minusDays(EffectWindow.MAX_STARTS_AFTER + EffectWindow.MAX_LASTS);
        return reaching.isBefore(earliest) ? reaching : earliest;
    }

    /** The last diary day needed: the day after the period, for next-day comparisons. */
    public static LocalDate lastDayNeeded(LocalDate to) {
        return to.plusDays(1);
    }

    /** {@code all} holds at least the check-ins from {@link #firstDayNeeded} to {@link #lastDayNeeded}. */
    public static PeriodInsights analyse(List<CheckIn> all, LocalDate from, LocalDate to, FlareRule flareRule) {
        return analyse(all, List.of(), from, to, flareRule);
    }

    /** As {@link #analyse(List, LocalDate, LocalDate, FlareRule)}, with the nights another app measured. */
    public static PeriodInsights analyse(
            List<CheckIn> all,
            List<HealthMeasures.Night> measuredNights,
            LocalDate from,
            LocalDate to,
            FlareRule flareRule) {
        return analyse(all, measuredNights, List.of(), from, to, flareRule);
    }

    /** As {@link #analyse(List, LocalDate, LocalDate, FlareRule)}, with the nights and steps another app measured. */
    public static PeriodInsights analyse(
            List<CheckIn> all,
            List<HealthMeasures.Night> measuredNights,
            List<HealthMeasures.StepDay> measuredSteps,
            LocalDate from,
            LocalDate to,
            FlareRule flareRule) {
        return analyse(all, measuredNights, measuredSteps, List.of(), from, to, flareRule, Map.of());
    }

    /**
     * As above, with the ratings another app's diary or a spreadsheet kept, and the effect windows the person chose
     * for their strategies and medications, by strategy key.
     */
    public static PeriodInsights analyse(
            List<CheckIn> all,
            List<HealthMeasures.Night> measuredNights,
            List<HealthMeasures.StepDay> measuredSteps,
            List<HealthMeasures.TrackerEntry> trackerEntries,
            LocalDate from,
            LocalDate to,
            FlareRule flareRule,
            Map<String, EffectWindow> windows) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("period ends before it starts");
        }
        long length = length(from, to);
        LocalDate previousFrom = from.minusDays(length);
        LocalDate previousTo = from.minusDays(1);
        List<CheckIn> current = within(all, from, to);
        List<DaySummary> summaries = DaySummaries.of(within(all, from, to.plusDays(1)));
        List<DaySummary> days =
                summaries.stream().filter(d -> !d.day().isAfter(to)).toList();
        WhenItHurts when = WhenItHurts.of(current);
        SleepAndPain sleep = SleepAndPain.of(days, current);
        List<RedFlagMention> redFlags = RedFlagMentions.of(current);
        return new PeriodInsights(
                from,
                to,
                previousFrom,
                previousTo,
                current.size(),
                days,
                DaySummaries.of(within(all, previousFrom, previousTo)),
                SiteStats.of(current),
                SiteStats.of(within(all, previousFrom, previousTo)),
                DescriptorCounts.of(current),
                MedicationCourses.of(current),
                RestlessNights.of(days),
                // Uses before the period reach into it through their windows.
                StrategyEffects.measure(
                        DaySummaries.of(within(
                                all, from.minusDays(EffectWindow.MAX_STARTS_AFTER + EffectWindow.MAX_LASTS), to)),
                        from,
                        to,
                        windows),
                redFlags,
                flareRule,
                Flares.find(DaySummaries.of(within(all, Flares.firstDayNeeded(from), to)), all, from, to, flareRule),
                DescriptorProfile.of(current, from, to),
                when,
                sleep,
                Explanations.of(DiaryFacts.count(current, days, when, sleep, redFlags)),
                MeasuredSleep.of(
                        days,
                        measuredNights.stream()
                                .filter(n -> !n.day().isBefore(from) && !n.day().isAfter(to))
                                .toList()),
                MeasuredActivity.of(
                        summaries,
                        measuredSteps.stream()
                                .filter(d -> !d.day().isBefore(from) && !d.day().isAfter(to))
                                .toList()),
                TrackedRatings.of(trackerEntries.stream()
                        .filter(e -> !e.day().isBefore(from) && !e.day().isAfter(to))
                        .toList()),
                BesidePainScale.anyAnswered(current));
    }

    private static long length(LocalDate from, LocalDate to) {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    private static List<CheckIn> within(List<CheckIn> checkIns, LocalDate from, LocalDate to) {
        return checkIns.stream()
                .filter(c -> !c.details().diaryDay().isBefore(from)
                        && !c.details().diaryDay().isAfter(to))
                .toList();
    }
}
