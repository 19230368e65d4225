package org.legible.importers.applehealth;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.legible.accounts.Preferences;
import org.legible.diary.DiaryDays;

/**
 * Folds records into the person's diary days as they stream past, holding per day only what the day needs.
 *
 * <ul>
 *   <li><b>Days.</b> Steps count for the diary day of their start (the check-in's own rule: time zone and day
 *       boundary, {@link DiaryDays}). A stretch of sleep counts for the day the night leads into: the local date six
 *       hours after it ends, so anything ending between 18:00 the evening before and 17:59 belongs to that day. Both
 *       use the person's time-zone rules, so a night across a daylight-saving change lands on one day with its true
 *       length.
 *   <li><b>One source a day.</b> A phone and a watch record the same steps and the same night. Legible never adds
 *       sources together: for each day it keeps the one source with the most steps, for its exercise minutes the one
 *       with the most of those (usually the watch, even when the phone counted more steps), and for each night the
 *       one with the most time asleep (then the most time in bed, then by name).
 *   <li><b>Overlaps.</b> Within a source, overlapping stretches count once (their union), for time asleep, in bed
 *       (which includes asleep and awake stretches) and each stage.
 * </ul>
 */
public final class DailyHealth implements Consumer<HealthRecord> {

    /** One day's steps from its chosen source, and its exercise minutes (null when none were recorded). */
    public record Steps(LocalDate day, String source, long steps, Integer exerciseMinutes) {
        public Steps(LocalDate day, String source, long steps) {
            this(day, source, steps, null);
        }
    }

    /**
     * One night, for the diary day it leads into, from its chosen source; stage minutes are 0 when not given.
     * {@code asleepRecorded} is false when the source wrote only time in bed (the iPhone's Clock app does): then
     * the time asleep is unknown, not 0.
     */
    public record Night(
            LocalDate day,
            String source,
            double asleepMinutes,
            double inBedMinutes,
            double coreMinutes,
            double deepMinutes,
            double remMinutes,
            boolean asleepRecorded) {}

    private record Interval(Instant start, Instant end) {}

    private final Preferences preferences;
    private final DayOf dayOf;
    private final Map<LocalDate, Map<String, double[]>> steps = new TreeMap<>();
    private final Map<LocalDate, Map<String, double[]>> exercise = new TreeMap<>();
    private final Map<LocalDate, Map<String, Map<HealthRecord.Kind, List<Interval>>>> sleep = new TreeMap<>();

    public DailyHealth(Preferences preferences) {
        this.preferences = preferences;
        this.dayOf = new DayOf(preferences);
    }

    @Override
    public void accept(HealthRecord record) {
        if (record.kind() == HealthRecord.Kind.STEPS || record.kind() == HealthRecord.Kind.EXERCISE_MINUTES) {
            Map<LocalDate, Map<String, double[]>> byDay = record.kind() == HealthRecord.Kind.STEPS ? steps : exercise;
            byDay.computeIfAbsent(dayOf.apply(record.start()), d -> new TreeMap<>())
                            .computeIfAbsent(record.source(), s -> new double[1])[0] +=
                    record.value();
            return;
        }
        LocalDate night =
                record.end().atZone(preferences.timeZone()).plusHours(6).toLocalDate();
        sleep.computeIfAbsent(night, d -> new TreeMap<>())
                .computeIfAbsent(record.source(), s -> new EnumMap<>(HealthRecord.Kind.class))
                .computeIfAbsent(record.kind(), k -> new ArrayList<>())
                .add(new Interval(record.start(), record.end()));
    }

    /**
     * Adds what another fold of the same person's records holds (another half of the same file): steps and minutes
     * added by day and source, stretches of sleep joined, so the days are those of one fold of all the records.
     */
    public void addAll(DailyHealth other) {
        addSums(steps, other.steps);
        addSums(exercise, other.exercise);
        other.sleep.forEach((night, bySource) -> bySource.forEach((source, byKind) ->
                byKind.forEach((kind, intervals) -> sleep.computeIfAbsent(night, d -> new TreeMap<>())
                        .computeIfAbsent(source, s -> new EnumMap<>(HealthRecord.Kind.class))
                        .computeIfAbsent(kind, k -> new ArrayList<>())
                        .addAll(intervals))));
    }

    private static void addSums(
            Map<LocalDate, Map<String, double[]>> into, Map<LocalDate, Map<String, double[]>> from) {
        from.forEach((day, bySource) -> bySource.forEach((source, sum) ->
                into.computeIfAbsent(day, d -> new TreeMap<>()).computeIfAbsent(source, s -> new double[1])[0] +=
                        sum[0]));
    }

    public List<Steps> steps() {
        List<Steps> days = new ArrayList<>();
        steps.forEach((day, bySource) -> most(bySource).ifPresent(best -> {
            Integer minutes = most(exercise.getOrDefault(day, Map.of()))
                    .map(e -> (int) Math.min(24 * 60, Math.round(e.getValue()[0])))
                    .orElse(null);
            days.add(new Steps(day, best.getKey(), Math.round(best.getValue()[0]), minutes));
        }));
        return days;
    }

    /** The source with the most of something on a day (ties by name), never sources added together. */
    private static java.util.Optional<Map.Entry<String, double[]>> most(Map<String, double[]> bySource) {
        return bySource.entrySet().stream()
                .max(Comparator.<Map.Entry<String, double[]>>comparingDouble(e -> e.getValue()[0])
                        .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())));
    }

    public List<Night> nights() {
        List<Night> nights = new ArrayList<>();
        sleep.forEach((day, bySource) -> bySource.entrySet().stream()
                .map(e -> night(day, e.getKey(), e.getValue()))
                .max(Comparator.comparingDouble(Night::asleepMinutes)
                        .thenComparingDouble(Night::inBedMinutes)
                        .thenComparing(Night::source, Comparator.reverseOrder()))
                .ifPresent(nights::add));
        return nights;
    }

    private static Night night(LocalDate day, String source, Map<HealthRecord.Kind, List<Interval>> byKind) {
        List<Interval> asleep = new ArrayList<>();
        List<Interval> inBed = new ArrayList<>();
        byKind.forEach((kind, intervals) -> {
            if (kind.asleep()) {
                asleep.addAll(intervals);
            }
            inBed.addAll(intervals);
        });
        return new Night(
                day,
                source,
                minutes(asleep),
                minutes(inBed),
                minutes(byKind.getOrDefault(HealthRecord.Kind.ASLEEP_CORE, List.of())),
                minutes(byKind.getOrDefault(HealthRecord.Kind.ASLEEP_DEEP, List.of())),
                minutes(byKind.getOrDefault(HealthRecord.Kind.ASLEEP_REM, List.of())),
                !asleep.isEmpty());
    }

    /**
     * {@link DiaryDays#dayOf} with the last day remembered: records come in time order, so most fall on the day
     * before them, and working out the zone's local time for each of millions of records was the import's largest
     * cost after parsing. A day with a clock change in it is never remembered, so the rule's answer never changes.
     */
    static final class DayOf {
        private final Preferences preferences;
        private Instant from = Instant.MAX;
        private Instant to = Instant.MIN;
        private LocalDate day;

        DayOf(Preferences preferences) {
            this.preferences = preferences;
        }

        LocalDate apply(Instant instant) {
            if (!instant.isBefore(from) && instant.isBefore(to)) {
                return day;
            }
            LocalDate found = DiaryDays.dayOf(instant, preferences);
            java.time.ZoneId zone = preferences.timeZone();
            Instant start = found.atTime(preferences.dayBoundary()).atZone(zone).toInstant();
            Instant end = found.plusDays(1)
                    .atTime(preferences.dayBoundary())
                    .atZone(zone)
                    .toInstant();
            java.time.zone.ZoneOffsetTransition change = zone.getRules().nextTransition(start);
            if (change == null || !change.getInstant().isBefore(end)) {
                from = start;
                to = end;
                day = found;
            }
            return found;
        }
    }

    /** The length of the union of the intervals, in minutes. */
    static double minutes(List<Interval> intervals) {
        List<Interval> sorted = new ArrayList<>(intervals);
        sorted.sort(Comparator.comparing(Interval::start));
        long seconds = 0;
        Instant coveredTo = Instant.MIN;
        for (Interval interval : sorted) {
            Instant from = interval.start().isAfter(coveredTo) ? interval.start() : coveredTo;
            if (interval.end().isAfter(from)) {
                seconds += Duration.between(from, interval.end()).toSeconds();
                coveredTo = interval.end();
            }
        }
        return seconds / 60.0;
    }
}
