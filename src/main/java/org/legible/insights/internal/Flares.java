package org.legible.insights.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.legible.accounts.Preferences;
import org.legible.bodymap.BodySite;
import org.legible.diary.CheckIn;
import org.legible.diary.CheckInDetails.SitePain;
import org.legible.diary.CheckInDetails.StrategyUse;
import org.legible.diary.CheckInDetails.TriggerMention;
import org.legible.diary.Vocabulary.PainContext;
import org.legible.insights.DaySummary;
import org.legible.insights.Flare;
import org.legible.insights.FlareRule;
import org.legible.insights.StrategyName;

/**
 * Finds flares ({@link FlareRule}) in daily mean pain. A day without a check-in ends a run: nobody knows how that
 * day was. Flares that overlap the period are returned, oldest first; one that began before the loaded days starts
 * at the first day that could be judged.
 */
final class Flares {

    static final int HOURS_BEFORE = 72;
    static final int DAYS_BEFORE = HOURS_BEFORE / 24;
    /** A strategy is "usual" when used on at least half of the baseline days; missing it before a flare is news. */
    static final double USUAL_SHARE = 0.5;

    private static final Set<PainContext> ACTIVE =
            Set.of(PainContext.STANDING, PainContext.WALKING, PainContext.AFTER_ACTIVITY);

    private Flares() {}

    /** The days a person's data can judge flares on, for a period starting {@code from}. */
    static LocalDate firstDayNeeded(LocalDate from) {
        return from.minusDays(FlareRule.BASELINE_DAYS + Preferences.MAX_FLARE_DAYS + DAYS_BEFORE);
    }

    static List<Flare> find(
            List<DaySummary> days, List<CheckIn> checkIns, LocalDate from, LocalDate to, FlareRule rule) {
        TreeMap<LocalDate, DaySummary> byDay = new TreeMap<>();
        days.forEach(d -> byDay.put(d.day(), d));
        Map<LocalDate, List<CheckIn>> checkInsByDay = new HashMap<>();
        checkIns.forEach(c -> checkInsByDay
                .computeIfAbsent(c.details().diaryDay(), k -> new ArrayList<>())
                .add(c));

        List<Flare> flares = new ArrayList<>();
        List<DaySummary> run = new ArrayList<>();
        List<Double> runBaselines = new ArrayList<>();
        for (DaySummary day : byDay.values()) {
            if (day.day().isAfter(to)) {
                break;
            }
            Double median = median(baseline(byDay, day.day()));
            boolean high = median != null && day.meanPain() >= median + rule.points();
            boolean continues =
                    !run.isEmpty() && run.get(run.size() - 1).day().plusDays(1).equals(day.day());
            if (!high || !continues) {
                close(run, runBaselines, byDay, checkInsByDay, from, rule, flares);
            }
            if (high) {
                run.add(day);
                runBaselines.add(median);
            }
        }
        close(run, runBaselines, byDay, checkInsByDay, from, rule, flares);
        return List.copyOf(flares);
    }

    private static void close(
            List<DaySummary> run,
            List<Double> baselines,
            TreeMap<LocalDate, DaySummary> byDay,
            Map<LocalDate, List<CheckIn>> checkInsByDay,
            LocalDate from,
            FlareRule rule,
            List<Flare> flares) {
        if (run.size() >= rule.days() && !run.get(run.size() - 1).day().isBefore(from)) {
            flares.add(flare(run, baselines.get(0), byDay, checkInsByDay));
        }
        run.clear();
        baselines.clear();
    }

    private static Flare flare(
            List<DaySummary> run,
            double baselineMedian,
            TreeMap<LocalDate, DaySummary> byDay,
            Map<LocalDate, List<CheckIn>> checkInsByDay) {
        DaySummary peak = run.get(0);
        Map<BodySite, Integer> siteDays = new LinkedHashMap<>();
        for (DaySummary day : run) {
            if (day.meanPain() > peak.meanPain()) {
                peak = day;
            }
            Set<BodySite> sitesThatDay = new HashSet<>();
            for (CheckIn checkIn : checkInsByDay.getOrDefault(day.day(), List.of())) {
                for (SitePain site : checkIn.details().sites()) {
                    sitesThatDay.add(site.site());
                }
            }
            sitesThatDay.forEach(site -> siteDays.merge(site, 1, Integer::sum));
        }
        List<BodySite> sites = siteDays.entrySet().stream()
                .sorted(Map.Entry.<BodySite, Integer>comparingByValue()
                        .reversed()
                        .thenComparing(e -> BodySite.all().indexOf(e.getKey())))
                .map(Map.Entry::getKey)
                .toList();
        LocalDate start = run.get(0).day();
        return new Flare(
                start,
                run.get(run.size() - 1).day(),
                peak.day(),
                peak.meanPain(),
                baselineMedian,
                sites,
                before(start, byDay, checkInsByDay));
    }

    private static Flare.Before before(
            LocalDate start, TreeMap<LocalDate, DaySummary> byDay, Map<LocalDate, List<CheckIn>> checkInsByDay) {
        List<DaySummary> before = new ArrayList<>(
                byDay.subMap(start.minusDays(DAYS_BEFORE), true, start, false).values());
        // A day's sleep answer is about the night before it, so the three nights before the flare are the answers
        // of its first day and the two days before that.
        List<DaySummary> nightsBefore =
                new ArrayList<>(byDay.subMap(start.minusDays(DAYS_BEFORE - 1L), true, start, true)
                        .values());
        List<DaySummary> baseline = baseline(byDay, start);
        Set<TriggerMention> triggers = new LinkedHashSet<>();
        int active = 0;
        Set<String> usedBefore = new HashSet<>();
        for (DaySummary day : before) {
            for (CheckIn checkIn : checkInsByDay.getOrDefault(day.day(), List.of())) {
                triggers.addAll(checkIn.details().triggers());
                if (checkIn.details().contexts().stream().anyMatch(ACTIVE::contains)) {
                    active++;
                }
            }
            day.strategies().forEach(use -> usedBefore.add(StrategyName.of(use).key()));
        }
        List<StrategyName> missed = new ArrayList<>();
        if (!before.isEmpty() && baseline.size() >= FlareRule.MIN_BASELINE_DAYS) {
            Map<String, StrategyName> names = new LinkedHashMap<>();
            Map<String, Integer> daysUsed = new HashMap<>();
            for (DaySummary day : baseline) {
                Set<String> keys = new HashSet<>();
                for (StrategyUse use : day.strategies()) {
                    StrategyName name = StrategyName.of(use);
                    names.putIfAbsent(name.key(), name);
                    keys.add(name.key());
                }
                keys.forEach(key -> daysUsed.merge(key, 1, Integer::sum));
            }
            names.forEach((key, name) -> {
                if (daysUsed.get(key) >= USUAL_SHARE * baseline.size() && !usedBefore.contains(key)) {
                    missed.add(name);
                }
            });
        }
        return new Flare.Before(
                before.size(),
                meanHours(nightsBefore),
                meanHours(baseline),
                meanQuality(nightsBefore),
                meanQuality(baseline),
                List.copyOf(triggers),
                active,
                missed);
    }

    /** The days with a check-in in the {@value FlareRule#BASELINE_DAYS} days before {@code day}. */
    private static List<DaySummary> baseline(TreeMap<LocalDate, DaySummary> byDay, LocalDate day) {
        return new ArrayList<>(byDay.subMap(day.minusDays(FlareRule.BASELINE_DAYS), true, day, false)
                .values());
    }

    /** The median of the daily means, or null when fewer than {@value FlareRule#MIN_BASELINE_DAYS} days. */
    static Double median(List<DaySummary> baseline) {
        if (baseline.size() < FlareRule.MIN_BASELINE_DAYS) {
            return null;
        }
        double[] means =
                baseline.stream().mapToDouble(DaySummary::meanPain).sorted().toArray();
        int middle = means.length / 2;
        return means.length % 2 == 1 ? means[middle] : (means[middle - 1] + means[middle]) / 2;
    }

    private static BigDecimal meanHours(List<DaySummary> days) {
        List<BigDecimal> hours =
                days.stream().map(DaySummary::sleepHours).filter(h -> h != null).toList();
        if (hours.isEmpty()) {
            return null;
        }
        return hours.stream()
                .reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(hours.size()), 1, RoundingMode.HALF_UP);
    }

    private static Double meanQuality(List<DaySummary> days) {
        return days.stream().filter(d -> d.sleepQuality() != null).mapToInt(DaySummary::sleepQuality).average().stream()
                .boxed()
                .findFirst()
                .orElse(null);
    }
}
