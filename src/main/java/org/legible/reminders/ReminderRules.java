package org.legible.reminders;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one set of rules for reminder choices, with the message key each broken rule shows next to its field: the
 * form refuses what the settings would refuse, in the same words.
 */
public final class ReminderRules {

    /** Two reminders closer than this would be one reminder and a nag. */
    public static final Duration MIN_GAP = Duration.ofHours(1);

    private ReminderRules() {}

    /** Field name to message key; empty when the choices hold. */
    public static Map<String, String> problems(
            Set<DayOfWeek> days, List<LocalTime> times, ReminderSettings.QuietHours quiet) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (days.isEmpty()) {
            problems.put("days", "reminders.days.none");
        }
        if (times.isEmpty()) {
            problems.put("time1", "reminders.time.none");
        } else if (times.size() > ReminderSettings.MAX_TIMES) {
            problems.put("time2", "reminders.time.tooMany");
        }
        for (int i = 0; i < times.size() && i < ReminderSettings.MAX_TIMES; i++) {
            LocalTime time = times.get(i);
            String field = "time" + (i + 1);
            if (time.getSecond() != 0 || time.getNano() != 0) {
                problems.put(field, "reminders.time.invalid");
            } else if (quiet != null && quiet.contains(time)) {
                problems.put(field, "reminders.time.quiet");
            }
        }
        if (times.size() == 2
                && !problems.containsKey("time2")
                && Duration.between(times.get(0), times.get(1)).compareTo(MIN_GAP) < 0) {
            problems.put("time2", "reminders.time.order");
        }
        return problems;
    }
}
