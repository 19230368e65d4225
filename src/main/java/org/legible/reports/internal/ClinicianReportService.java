package org.legible.reports.internal;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import org.legible.accounts.AccountId;
import org.legible.accounts.Accounts;
import org.legible.assessments.Acr2016Result;
import org.legible.assessments.Assessment;
import org.legible.assessments.Assessments;
import org.legible.assessments.Instrument;
import org.legible.assessments.OutsideScore;
import org.legible.checkup.CheckUps;
import org.legible.diary.Diary;
import org.legible.diary.HealthMeasures;
import org.legible.experiments.ExperimentNames;
import org.legible.experiments.Experiments;
import org.legible.insights.DaySummary;
import org.legible.insights.Insights;
import org.legible.insights.PeriodInsights;
import org.legible.insights.charts.HeatMapPicture;
import org.legible.insights.charts.TrendChart;
import org.legible.reports.ClinicianReport;
import org.legible.reports.ClinicianReports;
import org.legible.reports.ReportRequest;
import org.legible.reports.ScoreHistory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;

@Service
record ClinicianReportService(
        Insights insights,
        Assessments assessments,
        Diary diary,
        HealthMeasures measures,
        CheckUps checkUps,
        Accounts accounts,
        PdfRenderer pdf,
        PdfQueue pdfQueue,
        Experiments experiments,
        MessageSource messages)
        implements ClinicianReports {

    @Override
    public LocalDate today(AccountId account) {
        return diary.today(account);
    }

    /** The check-ins a carer entered in the report's days, counted by carer, in the order of their names. */
    private List<ClinicianReport.EnteredBy> enteredBy(AccountId account, ReportRequest request) {
        java.util.Map<String, Integer> counts = new java.util.TreeMap<>();
        for (org.legible.diary.CheckIn checkIn : diary.between(account, request.from(), request.to())) {
            if (checkIn.enteredBy() != null) {
                counts.merge(checkIn.enteredBy(), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream()
                .map(e -> new ClinicianReport.EnteredBy(e.getKey(), e.getValue()))
                .toList();
    }

    @Override
    public ClinicianReport report(AccountId account, ReportRequest request) {
        PeriodInsights period = insights.period(account, request.from(), request.to());
        Locale locale = LocaleContextHolder.getLocale();
        return new ClinicianReport(
                request,
                diary.today(account),
                period,
                // What other apps brought in, and what stands out, take lines on page one: the chart gives up a
                // medication row for each.
                TrendChart.of(
                        period,
                        locale,
                        3 - (period.hasBroughtIn() ? 1 : 0) - (ClinicianReport.standsOut(period) ? 1 : 0)),
                HeatMapPicture.of(period.sites()),
                HeatMapPicture.of(period.previousSites()),
                period.siteComparison(),
                bucketDays(period),
                weeks(
                        period,
                        bucketDays(period),
                        measures.nights(account, request.from(), request.to()),
                        measures.steps(account, request.from(), request.to())),
                scores(account, request.to()),
                latestCheckUp(account, request.to()),
                enteredBy(account, request),
                experiments.within(account, request.from(), request.to()).stream()
                        .map(new ExperimentNames(messages, locale)::named)
                        .toList(),
                // The same day's pain: the report keeps to what the patterns page shows first.
                insights.ownItems(account, request.from(), request.to(), 0));
    }

    /** The newest check-up finished on or before the report's last day, in the person's own time zone. */
    private ClinicianReport.LatestCheckUp latestCheckUp(AccountId account, LocalDate to) {
        ZoneId zone = accounts.preferences(account).timeZone();
        return checkUps.finished(account).stream()
                .filter(c -> !c.completedAt().atZone(zone).toLocalDate().isAfter(to))
                .findFirst()
                .map(c -> new ClinicianReport.LatestCheckUp(
                        c.completedAt().atZone(zone).toLocalDate(), c.mechanisms()))
                .orElse(null);
    }

    @Override
    public byte[] pdf(ClinicianReport report, Locale locale) throws IOException {
        return pdfQueue.make(checkpoint -> pdf.write(report, locale, checkpoint));
    }

    private static int bucketDays(PeriodInsights period) {
        return period.length() <= ClinicianReport.WEEKLY_UP_TO_DAYS ? 7 : 28;
    }

    private static List<ClinicianReport.WeekRow> weeks(
            PeriodInsights period,
            int bucketDays,
            List<HealthMeasures.Night> nights,
            List<HealthMeasures.StepDay> steps) {
        List<ClinicianReport.WeekRow> weeks = new ArrayList<>();
        for (LocalDate start = period.from(); !start.isAfter(period.to()); start = start.plusDays(bucketDays)) {
            LocalDate first = start;
            LocalDate end = start.plusDays(bucketDays - 1L);
            LocalDate last = end.isAfter(period.to()) ? period.to() : end;
            List<DaySummary> days = period.days().stream()
                    .filter(d -> !d.day().isBefore(first) && !d.day().isAfter(last))
                    .toList();
            OptionalDouble sleep = days.stream()
                    .filter(d -> d.sleepHours() != null)
                    .mapToDouble(d -> d.sleepHours().doubleValue())
                    .average();
            OptionalDouble measuredSleep = nights.stream()
                    .filter(n -> !n.day().isBefore(first) && !n.day().isAfter(last))
                    .filter(n -> n.asleepMinutes() != null) // only time in bed recorded: unknown, not 0
                    .mapToDouble(n -> n.asleepMinutes().doubleValue() / 60)
                    .average();
            OptionalDouble meanSteps = steps.stream()
                    .filter(s -> !s.day().isBefore(first) && !s.day().isAfter(last))
                    .mapToLong(HealthMeasures.StepDay::steps)
                    .average();
            weeks.add(new ClinicianReport.WeekRow(
                    first,
                    last,
                    days.size(),
                    days.stream().mapToDouble(DaySummary::meanPain).average(),
                    days.stream().mapToInt(DaySummary::worstPain).max().orElse(0),
                    sleep,
                    measuredSleep,
                    meanSteps));
        }
        return weeks;
    }

    private List<ScoreHistory> scores(AccountId account, LocalDate until) {
        List<ScoreHistory> scores = new ArrayList<>();
        List<ScoreHistory.Point> acr = latestFirst(assessments.completed(account, Instrument.ACR_2016), until).stream()
                .map(a -> {
                    Acr2016Result result = a.acr2016Result();
                    return new ScoreHistory.Point(
                            a.day(),
                            Integer.toString(result.psd()),
                            result.psdBand().name());
                })
                .toList();
        if (!acr.isEmpty()) {
            scores.add(new ScoreHistory("acr-2016", null, acr));
        }
        List<ScoreHistory.Point> restless =
                latestFirst(assessments.completed(account, Instrument.RESTLESS_LEGS), until).stream()
                        .map(a -> new ScoreHistory.Point(
                                a.day(), null, a.restlessLegsResult().outcome().name()))
                        .toList();
        if (!restless.isEmpty()) {
            scores.add(new ScoreHistory("restless-legs", null, restless));
        }
        Map<String, List<OutsideScore>> outside = new LinkedHashMap<>();
        for (OutsideScore score : assessments.outsideScores(account)) {
            if (!score.measuredOn().isAfter(until)) {
                String key = score.kind() == OutsideScore.Kind.FIQR ? "fiqr" : "other:" + score.name();
                outside.computeIfAbsent(key, k -> new ArrayList<>()).add(score);
            }
        }
        outside.forEach((key, list) -> {
            List<ScoreHistory.Point> points = list.stream()
                    .sorted(Comparator.comparing(OutsideScore::measuredOn).reversed())
                    .limit(ScoreHistory.POINTS_SHOWN)
                    .map(s -> new ScoreHistory.Point(s.measuredOn(), s.score().toPlainString(), null))
                    .toList();
            OutsideScore first = list.get(0);
            boolean fiqr = first.kind() == OutsideScore.Kind.FIQR;
            scores.add(new ScoreHistory(fiqr ? "fiqr" : "other", fiqr ? null : first.name(), points));
        });
        return scores;
    }

    private static List<Assessment> latestFirst(List<Assessment> completed, LocalDate until) {
        return completed.stream()
                .filter(a -> !a.day().isAfter(until))
                .sorted(Comparator.comparing(Assessment::day)
                        .thenComparing(Assessment::completedAt)
                        .reversed())
                .limit(ScoreHistory.POINTS_SHOWN)
                .toList();
    }
}
