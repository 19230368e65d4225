package org.legible.assessments;

import java.time.LocalDate;

/**
 * When an assessment is next due: {@code intervalDays} after the day of the last finished one, or now when there is
 * none. An interval of 0 means the person asked not to be reminded.
 */
public record DueStatus(Instrument instrument, int intervalDays, LocalDate lastDay, LocalDate dueOn, boolean due) {

    public static final int NO_REMINDER = 0;
    public static final int MAX_INTERVAL_DAYS = 366;

    public static DueStatus of(Instrument instrument, int intervalDays, LocalDate lastDay, LocalDate today) {
        if (intervalDays == NO_REMINDER) {
            return new DueStatus(instrument, intervalDays, lastDay, null, false);
        }
        LocalDate dueOn = lastDay == null ? today : lastDay.plusDays(intervalDays);
        return new DueStatus(instrument, intervalDays, lastDay, dueOn, !today.isBefore(dueOn));
    }

    public boolean remindersOff() {
        return intervalDays == NO_REMINDER;
    }
}
