package org.legible.diary;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The one rule for a period start, from the cycle page and the JSON import alike: a day written year-month-day, not
 * after the person's today and not before {@link Limits#EARLIEST_DAY}.
 */
public final class PeriodStartRules {

    static final String FIELD = "day";

    /** Either the day or the problem, never both. */
    public record Checked(LocalDate day, Optional<CheckInRules.Problem> problem) {}

    private PeriodStartRules() {}

    public static Checked check(String text, LocalDate today) {
        LocalDate day;
        try {
            day = text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
        } catch (DateTimeException e) {
            day = null;
        }
        if (day == null) {
            return refused(text == null || text.isBlank() ? "cycle.day.required" : "checkIn.diaryDay.invalid");
        }
        if (day.isAfter(today)) {
            return refused("cycle.day.future");
        }
        if (day.isBefore(Limits.EARLIEST_DAY)) {
            return refused("cycle.day.tooEarly");
        }
        return new Checked(day, Optional.empty());
    }

    private static Checked refused(String key) {
        return new Checked(null, Optional.of(new CheckInRules.Problem(FIELD, key, new Object[0])));
    }
}
