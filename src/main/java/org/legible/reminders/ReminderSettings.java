package org.legible.reminders;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * When to remind a person: on these days, at one or two times of day in their own time zone (the second is the one
 * repeat a day allows), never inside the quiet hours, by these channels. Times are whole minutes, in order, and
 * outside the quiet hours; {@link ReminderRules} says which choices are refused and why.
 */
public record ReminderSettings(
        Set<DayOfWeek> days,
        List<LocalTime> times,
        QuietHours quietHours,
        boolean byPush,
        boolean byEmail,
        boolean paused) {

    public static final int MAX_TIMES = 2;

    /** From {@code from} until {@code until}, across midnight when from is later than until. */
    public record QuietHours(LocalTime from, LocalTime until) {
        public QuietHours {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(until, "until");
            if (from.equals(until)) {
                throw new IllegalArgumentException("quiet hours need a length");
            }
        }

        public boolean contains(LocalTime time) {
            return from.isBefore(until)
                    ? !time.isBefore(from) && time.isBefore(until)
                    : !time.isBefore(from) || time.isBefore(until);
        }
    }

    /** What a person who has never chosen sees offered: every day at 8 in the evening, quiet from 10 to 7. */
    public static ReminderSettings offered() {
        return new ReminderSettings(
                EnumSet.allOf(DayOfWeek.class),
                List.of(LocalTime.of(20, 0)),
                new QuietHours(LocalTime.of(22, 0), LocalTime.of(7, 0)),
                false,
                false,
                false);
    }

    public ReminderSettings {
        days = days.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(days));
        times = List.copyOf(times);
        if (!ReminderRules.problems(days, times, quietHours).isEmpty()) {
            throw new IllegalArgumentException(
                    "reminder settings break " + ReminderRules.problems(days, times, quietHours));
        }
    }

    public ReminderSettings withPaused(boolean pause) {
        return new ReminderSettings(days, times, quietHours, byPush, byEmail, pause);
    }

    /** Whether the server has anything to send for these settings (the calendar reminds by itself). */
    public boolean sendsAnything() {
        return !paused && (byPush || byEmail);
    }
}
