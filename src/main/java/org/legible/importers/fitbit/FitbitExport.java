package org.legible.importers.fitbit;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.LongConsumer;
import org.legible.accounts.Preferences;
import org.legible.diary.HealthMeasures;
import org.legible.importers.applehealth.DailyHealth;
import org.legible.importers.applehealth.HealthRecord;

/**
 * What a Fitbit export holds, gathered as {@link FitbitTakeoutReader} streams it, and turned into the person's nights
 * and step days (with the day's active minutes beside its steps). A sleep log that appears twice (same log id) counts once; the sleep logs leading into one day (the
 * main sleep and any nap) are added together. Steps go to the diary day of their minute (time zone and day boundary,
 * as for every other import, through {@link DailyHealth}) once the clock they are written on is known.
 */
public final class FitbitExport {

    public static final String SOURCE = "Fitbit";

    private final Map<Long, SleepLog> sleep = new TreeMap<>();
    private final StepMinutes steps = new StepMinutes();
    private final Map<LocalDate, int[]> activeMinutes = new TreeMap<>();
    private final LongConsumer progress;
    private long records;

    /** {@code progress} hears the number of records read so far, as they are read. */
    public FitbitExport(LongConsumer progress) {
        this.progress = progress;
    }

    void sleep(SleepLog log) {
        sleep.putIfAbsent(log.logId(), log);
    }

    void steps(LocalDateTime written, int count) {
        steps.add(written, count);
    }

    /**
     * A day's very or moderately active minutes (Fitbit's daily totals, by its own day); a day written twice keeps
     * the larger number of each.
     */
    void activeMinutes(LocalDate day, boolean very, int minutes) {
        int[] both = activeMinutes.computeIfAbsent(day, d -> new int[2]);
        int i = very ? 0 : 1;
        both[i] = Math.max(both[i], minutes);
    }

    void seen() {
        progress.accept(++records);
    }

    /** Every sleep log and step minute read, used or not. */
    public long records() {
        return records;
    }

    public List<HealthMeasures.Night> nights() {
        Map<LocalDate, int[]> byNight = new TreeMap<>();
        for (SleepLog log : sleep.values()) {
            int[] night = byNight.computeIfAbsent(log.night(), d -> new int[5]);
            night[0] += log.asleepMinutes();
            night[1] += log.inBedMinutes();
            night[2] += log.lightMinutes();
            night[3] += log.deepMinutes();
            night[4] += log.remMinutes();
        }
        List<HealthMeasures.Night> nights = new ArrayList<>();
        byNight.forEach((day, m) -> nights.add(new HealthMeasures.Night(
                day, SOURCE, minutes(m[0]), minutes(m[1]), minutes(m[2]), minutes(m[3]), minutes(m[4]))));
        return nights;
    }

    /** The clock the step times are on: the one asked for, or the one the nights point to. */
    public StepClock stepClock(StepClock asked, Preferences preferences) {
        return asked.resolve(sleep.values(), steps, preferences.timeZone());
    }

    /** Each diary day's steps, reading the written times on {@code clock} (not {@link StepClock#AUTO}). */
    public List<HealthMeasures.StepDay> stepDays(StepClock clock, Preferences preferences) {
        if (clock == StepClock.AUTO) {
            throw new IllegalArgumentException("Resolve the clock first");
        }
        DailyHealth days = new DailyHealth(preferences);
        steps.forEachMinute((written, count) -> {
            Instant at = clock == StepClock.UTC
                    ? written.toInstant(ZoneOffset.UTC)
                    : written.atZone(preferences.timeZone()).toInstant();
            days.accept(new HealthRecord(HealthRecord.Kind.STEPS, SOURCE, at, at, null, count));
        });
        // Fitbit's "active minutes" are its fairly (moderately) and very active minutes together, by its own day.
        return days.steps().stream()
                .map(s -> {
                    int[] active = activeMinutes.get(s.day());
                    Integer minutes = active == null ? null : Math.min(24 * 60, active[0] + active[1]);
                    return new HealthMeasures.StepDay(s.day(), s.source(), s.steps(), minutes);
                })
                .toList();
    }

    private static BigDecimal minutes(int minutes) {
        return BigDecimal.valueOf(minutes).setScale(1);
    }
}
