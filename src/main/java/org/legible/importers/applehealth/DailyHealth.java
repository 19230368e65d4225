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
 *       sources together: for each day it keeps the one source with the most steps, and for each night the one with
 *       the most time asleep (then the most time in bed, then by name).
 *   <li><b>Overlaps.</b> Within a source, overlapping stretches count once (their union), for time asleep, in bed
 *       (which includes asleep and awake stretches) and each stage.
 * </ul>
 */
public final class DailyHealth implements Consumer<HealthRecord> {

    /** One day's steps from its chosen source. */
    public record Steps(LocalDate day, String source, long steps) {}

    /** One night, for the diary day it leads into, from its chosen source; stage minutes are 0 when not given. */
    public record Night(
            LocalDate day,
            String source,
            double asleepMinutes,
            double inBedMinutes,
            double coreMinutes,
            double deepMinutes,
            double remMinutes) {}

    private record Interval(Instant start, Instant end) {}

    private final Preferences preferences;
    private final Map<LocalDate, Map<String, Double>> steps = new TreeMap<>();
    private final Map<LocalDate, Map<String, Map<HealthRecord.Kind, List<Interval>>>> sleep = new TreeMap<>();

    public DailyHealth(Preferences preferences) {
        this.preferences = preferences;
    }

    @Override
    public void accept(HealthRecord record) {
        if (record.kind() == HealthRecord.Kind.STEPS) {
            steps.computeIfAbsent(DiaryDays.dayOf(record.start(), preferences), d -> new TreeMap<>())
                    .merge(record.source(), record.value(), Double::sum);
            return;
        }
        LocalDate night =
                record.end().atZone(preferences.timeZone()).plusHours(6).toLocalDate();
        sleep.computeIfAbsent(night, d -> new TreeMap<>())
                .computeIfAbsent(record.source(), s -> new EnumMap<>(HealthRecord.Kind.class))
                .computeIfAbsent(record.kind(), k -> new ArrayList<>())
                .add(new Interval(record.start(), record.end()));
    }

    public List<Steps> steps() {
        List<Steps> days = new ArrayList<>();
        steps.forEach((day, bySource) -> bySource.entrySet().stream()
                .max(Map.Entry.<String, Double>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .ifPresent(best -> days.add(new Steps(day, best.getKey(), Math.round(best.getValue())))));
        return days;
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
                minutes(byKind.getOrDefault(HealthRecord.Kind.ASLEEP_REM, List.of())));
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
