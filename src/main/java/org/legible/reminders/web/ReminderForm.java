package org.legible.reminders.web;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.legible.reminders.ReminderRules;
import org.legible.reminders.ReminderSettings;

/**
 * The reminder choices as typed: every value is text, so a refused one comes back as it was. Times are what a time
 * field sends ({@code 20:00}, or {@code 20:00:00} from some browsers); days are ISO numbers (1 = Monday).
 */
record ReminderForm(
        List<String> days,
        String time1,
        String time2,
        String quietFrom,
        String quietUntil,
        String byPush,
        String byEmail,
        String paused) {

    private static final Pattern TIME = Pattern.compile("([01]?\\d|2[0-3]):[0-5]\\d(:00)?");

    ReminderForm {
        days = days == null ? List.of() : days;
    }

    static ReminderForm of(ReminderSettings settings) {
        List<String> days = settings.days().stream()
                .sorted()
                .map(day -> String.valueOf(day.getValue()))
                .toList();
        ReminderSettings.QuietHours quiet = settings.quietHours();
        return new ReminderForm(
                days,
                settings.times().get(0).toString(),
                settings.times().size() > 1 ? settings.times().get(1).toString() : "",
                quiet == null ? "" : quiet.from().toString(),
                quiet == null ? "" : quiet.until().toString(),
                settings.byPush() ? "on" : null,
                settings.byEmail() ? "on" : null,
                settings.paused() ? "on" : null);
    }

    /** The settings these choices make, or the message key of each problem by field. */
    record Result(ReminderSettings settings, Map<String, String> problems) {}

    Result parse() {
        Map<String, String> problems = new LinkedHashMap<>();
        Set<DayOfWeek> chosen = EnumSet.noneOf(DayOfWeek.class);
        for (String day : days) {
            try {
                chosen.add(DayOfWeek.of(Integer.parseInt(day)));
            } catch (RuntimeException e) {
                problems.put("days", "reminders.days.invalid");
            }
        }
        List<LocalTime> times = new ArrayList<>();
        time(time1, "time1", problems).ifPresent(times::add);
        time(time2, "time2", problems).ifPresent(times::add);
        if (blank(time1) && !blank(time2) && !problems.containsKey("time2")) {
            problems.put("time1", "reminders.time.none");
        }
        ReminderSettings.QuietHours quiet = null;
        Optional<LocalTime> from = time(quietFrom, "quietFrom", problems);
        Optional<LocalTime> until = time(quietUntil, "quietUntil", problems);
        if (from.isPresent() != until.isPresent()) {
            problems.putIfAbsent(from.isPresent() ? "quietUntil" : "quietFrom", "reminders.quiet.both");
        } else if (from.isPresent() && from.get().equals(until.get())) {
            problems.put("quietUntil", "reminders.quiet.length");
        } else if (from.isPresent()) {
            quiet = new ReminderSettings.QuietHours(from.get(), until.get());
        }
        if (problems.isEmpty()) {
            problems.putAll(ReminderRules.problems(chosen, times, quiet));
        }
        if (!problems.isEmpty()) {
            return new Result(null, problems);
        }
        return new Result(new ReminderSettings(chosen, times, quiet, on(byPush), on(byEmail), on(paused)), problems);
    }

    private static Optional<LocalTime> time(String text, String field, Map<String, String> problems) {
        if (blank(text)) {
            return Optional.empty();
        }
        String typed = text.strip();
        if (!TIME.matcher(typed).matches()) {
            problems.put(field, "reminders.time.invalid");
            return Optional.empty();
        }
        try {
            return Optional.of(LocalTime.parse(typed.indexOf(':') == 1 ? "0" + typed : typed));
        } catch (DateTimeParseException e) {
            problems.put(field, "reminders.time.invalid");
            return Optional.empty();
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static boolean on(String value) {
        return value != null && !value.isBlank();
    }
}
