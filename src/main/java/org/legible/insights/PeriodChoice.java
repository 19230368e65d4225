package org.legible.insights;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import org.legible.diary.Limits;

/**
 * A period typed as two ISO days, checked the same way wherever a person picks one (insights, report): both days
 * present and valid, the last not in the future nor before the first, and at most {@value #MAX_DAYS} days long.
 * Problems are message keys with their arguments, by field ({@code from}, {@code to}).
 */
public record PeriodChoice(LocalDate from, LocalDate to) {

    public static final int MAX_DAYS = 731;

    /** A message key and its arguments. */
    public record Problem(String key, Object... args) {}

    public static Optional<PeriodChoice> parse(
            String fromText, String toText, LocalDate today, Map<String, Problem> problems) {
        Optional<LocalDate> from = day(fromText, "from", problems);
        Optional<LocalDate> to = day(toText, "to", problems);
        if (to.isPresent() && to.get().isAfter(today)) {
            problems.put("to", new Problem("report.error.future"));
        }
        if (from.isPresent() && to.isPresent() && !problems.containsKey("to")) {
            if (to.get().isBefore(from.get())) {
                problems.put("to", new Problem("report.error.order"));
            } else if (ChronoUnit.DAYS.between(from.get(), to.get()) + 1 > MAX_DAYS) {
                problems.put("from", new Problem("report.error.tooLong", MAX_DAYS));
            }
        }
        if (problems.containsKey("from") || problems.containsKey("to")) {
            return Optional.empty();
        }
        return Optional.of(new PeriodChoice(from.get(), to.get()));
    }

    /** The last {@code days} days up to today. */
    public static PeriodChoice last(int days, LocalDate today) {
        return new PeriodChoice(today.minusDays(days - 1L), today);
    }

    public int length() {
        return (int) ChronoUnit.DAYS.between(from, to) + 1;
    }

    private static Optional<LocalDate> day(String text, String field, Map<String, Problem> problems) {
        String stripped = text == null ? "" : text.strip();
        if (stripped.isEmpty()) {
            problems.put(field, new Problem("report.error." + field + ".missing"));
            return Optional.empty();
        }
        try {
            LocalDate day = LocalDate.parse(stripped);
            if (day.isBefore(Limits.EARLIEST_DAY)) {
                problems.put(field, new Problem("report.error.tooEarly"));
                return Optional.empty();
            }
            return Optional.of(day);
        } catch (DateTimeParseException e) {
            problems.put(field, new Problem("report.error.date"));
            return Optional.empty();
        }
    }
}
