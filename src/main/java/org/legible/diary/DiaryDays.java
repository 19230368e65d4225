package org.legible.diary;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import org.legible.accounts.Preferences;

/**
 * The diary-day rule: a check-in belongs to the calendar day in the person's time zone, except that one made
 * before their day boundary (default 04:00) belongs to the day before, so a 1 a.m. entry lands on the night it
 * describes.
 */
public final class DiaryDays {

    private DiaryDays() {}

    public static LocalDate dayOf(Instant instant, Preferences preferences) {
        ZonedDateTime local = instant.atZone(preferences.timeZone());
        LocalDate date = local.toLocalDate();
        return local.toLocalTime().isBefore(preferences.dayBoundary()) ? date.minusDays(1) : date;
    }

    /** Morning 04–12, afternoon 12–17, evening 17–22, night 22–04, in the person's time zone. */
    public static Vocabulary.TimeOfDay timeOfDayAt(Instant instant, Preferences preferences) {
        int hour = instant.atZone(preferences.timeZone()).getHour();
        if (hour >= 4 && hour < 12) {
            return Vocabulary.TimeOfDay.MORNING;
        }
        if (hour >= 12 && hour < 17) {
            return Vocabulary.TimeOfDay.AFTERNOON;
        }
        if (hour >= 17 && hour < 22) {
            return Vocabulary.TimeOfDay.EVENING;
        }
        return Vocabulary.TimeOfDay.NIGHT;
    }
}
