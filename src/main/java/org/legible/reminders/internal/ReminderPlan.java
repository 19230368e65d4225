package org.legible.reminders.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.legible.accounts.Preferences;
import org.legible.diary.DiaryDays;
import org.legible.reminders.ReminderSettings;

/**
 * Which reminder times have just fallen due. A time counts for {@link #GRACE} after it passes: a server that was
 * down longer skips it rather than sending reminders late, in a burst. Times are the person's wall-clock times, so
 * a reminder at 20:00 stays at 20:00 across a change to or from summer time (a time that does not exist that day
 * moves forward by the gap).
 */
final class ReminderPlan {

    static final Duration GRACE = Duration.ofMinutes(30);

    /** Reminder {@code slot} (0 or 1: which of the person's times) for {@code diaryDay}, due at {@code at}. */
    record Due(int slot, Instant at, LocalDate diaryDay) {}

    private ReminderPlan() {}

    static List<Due> dueAt(ReminderSettings settings, Preferences preferences, Instant now) {
        ZoneId zone = preferences.timeZone();
        LocalDate today = now.atZone(zone).toLocalDate();
        List<Due> due = new ArrayList<>();
        for (LocalDate date : List.of(today.minusDays(1), today)) {
            if (!settings.days().contains(date.getDayOfWeek())) {
                continue;
            }
            for (int slot = 0; slot < settings.times().size(); slot++) {
                LocalTime time = settings.times().get(slot);
                Instant at = ZonedDateTime.of(date, time, zone).toInstant();
                if (!at.isAfter(now) && at.isAfter(now.minus(GRACE))) {
                    due.add(new Due(slot, at, DiaryDays.dayOf(at, preferences)));
                }
            }
        }
        return due;
    }
}
