package org.legible.insights;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.legible.diary.RedFlag;
import org.legible.diary.RedFlags;
import org.legible.insights.patterns.Explanation;

/**
 * Everything the report and the overview read about one period, and the same-length period just before it for the
 * heat map's comparison.
 *
 * @param days one summary per diary day with a check-in, oldest first (days without one are gaps, never zeros)
 * @param besidePainAnswered whether mood, stress or how much pain got in the way was answered in these days
 */
public record PeriodInsights(
        LocalDate from,
        LocalDate to,
        LocalDate previousFrom,
        LocalDate previousTo,
        int checkIns,
        List<DaySummary> days,
        List<DaySummary> previousDays,
        List<SiteStat> sites,
        List<SiteStat> previousSites,
        List<DescriptorCount> descriptors,
        List<MedicationCourse> medications,
        RestlessNights restless,
        List<StrategyEffect> strategies,
        List<RedFlagMention> redFlags,
        FlareRule flareRule,
        List<Flare> flares,
        DescriptorProfile feels,
        WhenItHurts when,
        SleepAndPain sleep,
        List<Explanation> explanations,
        MeasuredSleep measuredSleep,
        MeasuredActivity measuredActivity,
        TrackedRatings trackedRatings,
        boolean besidePainAnswered) {

    public PeriodInsights {
        days = List.copyOf(days);
        previousDays = List.copyOf(previousDays);
        sites = List.copyOf(sites);
        previousSites = List.copyOf(previousSites);
        descriptors = List.copyOf(descriptors);
        medications = List.copyOf(medications);
        strategies = List.copyOf(strategies);
        redFlags = List.copyOf(redFlags);
        flares = List.copyOf(flares);
        explanations = List.copyOf(explanations);
    }

    /** Whether the overview draws and lists these days by week: longer than a quarter, a day would be a hair wide. */
    public boolean byWeek() {
        return length() > WEEKLY_AFTER_DAYS;
    }

    /** Days beyond this are drawn and listed by week. */
    public static final int WEEKLY_AFTER_DAYS = 92;

    /** The period's weeks with a check-in, the newest ending on its last day. */
    public List<SpanSummary> weeks() {
        return SpanSummary.weeks(days, from, to);
    }

    /** The red flags of these days together: their urgency among each other and the heading they need. */
    public RedFlags reportedRedFlags() {
        return RedFlags.of(redFlags.stream().map(RedFlagMention::flag).toList());
    }

    /**
     * Whether the ordinary advice (what the diary may point to) waits: a flag reported in these days that needs care
     * now or today, and that no clinician has checked since its latest report.
     */
    public boolean waitForClinician(Map<RedFlag, Instant> checked) {
        Map<RedFlag, Instant> latest = new EnumMap<>(RedFlag.class);
        redFlags.forEach(m -> latest.put(m.flag(), m.lastReportedAt()));
        return reportedRedFlags().waitForClinician(checked, latest::get);
    }

    public List<Flare> flaresNewestFirst() {
        List<Flare> newestFirst = new java.util.ArrayList<>(flares);
        java.util.Collections.reverse(newestFirst);
        return newestFirst;
    }

    /** Sites that hurt in this period or the one before, for the heat map's table. */
    public List<SiteComparison> siteComparison() {
        return SiteComparison.of(sites, previousSites);
    }

    public int length() {
        return (int) ChronoUnit.DAYS.between(from, to) + 1;
    }

    /** Mean of the daily means: each day counts once however many check-ins it has. */
    public OptionalDouble meanPain() {
        return days.stream().mapToDouble(DaySummary::meanPain).average();
    }

    public OptionalDouble meanPain(LocalDate first, LocalDate last) {
        return days.stream()
                .filter(d -> !d.day().isBefore(first) && !d.day().isAfter(last))
                .mapToDouble(DaySummary::meanPain)
                .average();
    }

    /** Mean of the daily means in the period before, of the same length; each day counts once. */
    public OptionalDouble previousMeanPain() {
        return previousDays.stream().mapToDouble(DaySummary::meanPain).average();
    }

    public int worstPain() {
        return days.stream().mapToInt(DaySummary::worstPain).max().orElse(0);
    }

    public OptionalDouble meanSleepHours() {
        return days.stream()
                .filter(d -> d.sleepHours() != null)
                .mapToDouble(d -> d.sleepHours().doubleValue())
                .average();
    }

    /** Whether anything another app measured or kept is in the period. */
    public boolean hasBroughtIn() {
        return measuredSleep.any() || measuredActivity.any() || trackedRatings.any();
    }
}
