package org.legible.reports;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalDouble;
import org.legible.experiments.ExperimentNames;
import org.legible.insights.DescriptorCount;
import org.legible.insights.OwnItemSummaries;
import org.legible.insights.PeriodInsights;
import org.legible.insights.SiteComparison;
import org.legible.insights.SiteStat;
import org.legible.insights.StrategyEffect;
import org.legible.insights.StrategyEffects;
import org.legible.insights.charts.HeatMapPicture;
import org.legible.insights.charts.TrendChart;
import org.legible.insights.patterns.Mechanism;

/**
 * Everything the report template shows, computed once: the page and the PDF read the same object. Sections with no
 * data are left out by the template rather than shown empty.
 */
public record ClinicianReport(
        ReportRequest request,
        LocalDate generatedOn,
        PeriodInsights period,
        TrendChart trend,
        HeatMapPicture heatMap,
        HeatMapPicture previousHeatMap,
        List<SiteComparison> siteRows,
        int bucketDays,
        List<WeekRow> weeks,
        List<ScoreHistory> scores,
        LatestCheckUp latestCheckUp,
        List<EnteredBy> enteredBy,
        List<ExperimentNames.Named> experiments,
        OwnItemSummaries ownItems) {

    /** How many of the period's check-ins a carer entered for the person, by the carer's name. */
    public record EnteredBy(String carer, int checkIns) {}

    /**
     * The latest finished check-up up to the report's last day, if any: its day and what its answers may point to.
     */
    public record LatestCheckUp(LocalDate day, List<Mechanism> mechanisms) {
        public LatestCheckUp {
            mechanisms = List.copyOf(mechanisms);
        }
    }

    static final int TOP_SITES = 3;
    static final int TOP_DESCRIPTORS = 5;
    static final int STRATEGIES_ON_PAGE_ONE = 3;

    public ClinicianReport {
        siteRows = List.copyOf(siteRows);
        weeks = List.copyOf(weeks);
        scores = List.copyOf(scores);
        experiments = List.copyOf(experiments);
    }

    public boolean hasCheckIns() {
        return !period.days().isEmpty();
    }

    public List<SiteStat> topSites() {
        return siteRows.stream()
                .map(SiteComparison::current)
                .filter(s -> s != null)
                .limit(TOP_SITES)
                .toList();
    }

    public List<DescriptorCount> topDescriptors() {
        return period.descriptors().stream().limit(TOP_DESCRIPTORS).toList();
    }

    public List<StrategyEffect> strategiesOnPageOne() {
        // What other apps brought in, and what stands out, take lines on page one: one strategy fewer there for each
        // (all are on page two), but always one.
        int room = STRATEGIES_ON_PAGE_ONE - (period.hasBroughtIn() ? 1 : 0) - (standsOut(period) ? 1 : 0);
        return strategies().stream().limit(Math.max(1, room)).toList();
    }

    /**
     * The strategies of "What seems to help", without the medications it also sets against the pain: the report has
     * its own table of medications and their doses, and keeps to two pages.
     */
    public List<StrategyEffect> strategies() {
        return period.strategies().stream()
                .filter(e -> e.name().medication() == null)
                .toList();
    }

    /**
     * Whether page one lists what stands out (templates/reports/clinician-report.html): pain worse at a time of day,
     * after short nights, or flares.
     */
    public static boolean standsOut(PeriodInsights period) {
        return period.when().worseTime().isPresent()
                || period.sleep().shorterNights().isPresent()
                || !period.flares().isEmpty();
    }

    /** Days needed on each side before a strategy's comparison is shown. */
    public int minDaysToCompare() {
        return StrategyEffects.MIN_DAYS;
    }

    /** Pain in the first and the second half of the period, each the mean of its daily means. */
    public OptionalDouble firstHalfPain() {
        return period.meanPain(period.from(), period.from().plusDays(period.length() / 2 - 1));
    }

    public OptionalDouble secondHalfPain() {
        return period.meanPain(period.from().plusDays(period.length() / 2), period.to());
    }

    /** Periods longer than this are tabled four weeks at a time, so the detail page stays one page. */
    public static final int WEEKLY_UP_TO_DAYS = 182;

    /**
     * A week (or four) of the period, the last one possibly shorter, for the detail table: the check-ins' pain and
     * typed sleep, and the sleep and steps brought in from other apps (kept apart from what was typed).
     */
    public record WeekRow(
            LocalDate from,
            LocalDate to,
            int daysWithCheckIn,
            OptionalDouble meanPain,
            int worstPain,
            OptionalDouble meanSleep,
            OptionalDouble measuredSleep,
            OptionalDouble meanSteps) {}

    /** Whether sleep or steps were brought in for any day of the period. */
    public boolean hasMeasures() {
        return period.hasBroughtIn();
    }
}
