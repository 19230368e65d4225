package org.legible.assessments;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one set of rules for a score measured elsewhere, for the form and for a JSON import alike: the kind
 * ({@code fiqr} or {@code other}), another instrument's name, a day from 1900 to today, and a number within the
 * kind's range with at most two decimals. Problems are message keys by field, in the form's order.
 */
public final class OutsideScoreRules {

    /** Either the score (no problems) or the problems, never both. */
    public record Checked(OutsideScore score, Map<String, Problem> problems) {
        public boolean valid() {
            return score != null;
        }
    }

    public record Problem(String messageKey, Object[] args) {}

    private OutsideScoreRules() {}

    public static Checked check(String kind, String name, String measuredOn, String score, LocalDate today) {
        Map<String, Problem> problems = new LinkedHashMap<>();
        OutsideScore.Kind chosen = "other".equals(kind) ? OutsideScore.Kind.OTHER : OutsideScore.Kind.FIQR;
        if (!"fiqr".equals(kind) && !"other".equals(kind)) {
            problems.put("kind", new Problem("assessment.score.kind.missing", new Object[0]));
        }
        String stripped = name == null ? "" : name.strip();
        if (chosen == OutsideScore.Kind.OTHER && stripped.isEmpty()) {
            problems.put("name", new Problem("assessment.score.name.missing", new Object[0]));
        } else if (stripped.length() > OutsideScore.NAME_CHARACTERS) {
            problems.put(
                    "name", new Problem("assessment.score.name.tooLong", new Object[] {OutsideScore.NAME_CHARACTERS}));
        }
        LocalDate day = null;
        try {
            day = LocalDate.parse(measuredOn == null ? "" : measuredOn.strip());
            if (day.isAfter(today)) {
                problems.put("measuredOn", new Problem("assessment.score.date.future", new Object[0]));
            } else if (day.getYear() < 1900) {
                problems.put("measuredOn", new Problem("assessment.score.date.invalid", new Object[0]));
            }
        } catch (DateTimeException e) {
            problems.put("measuredOn", new Problem("assessment.score.date.invalid", new Object[0]));
        }
        BigDecimal value = number(score);
        BigDecimal max = chosen == OutsideScore.Kind.FIQR ? OutsideScore.FIQR_MAX : OutsideScore.OTHER_MAX;
        BigDecimal min = chosen == OutsideScore.Kind.FIQR ? BigDecimal.ZERO : OutsideScore.OTHER_MAX.negate();
        if (value == null || value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            problems.put(
                    "score",
                    new Problem(
                            chosen == OutsideScore.Kind.FIQR
                                    ? "assessment.score.value.fiqr"
                                    : "assessment.score.value.invalid",
                            new Object[0]));
        }
        return problems.isEmpty()
                ? new Checked(new OutsideScore(null, chosen, stripped, day, value), Map.of())
                : new Checked(null, problems);
    }

    /** A number with at most two decimals; a comma is accepted as the decimal mark. */
    private static BigDecimal number(String text) {
        if (text == null || text.isBlank() || text.strip().length() > 14) {
            return null;
        }
        try {
            BigDecimal value = new BigDecimal(text.strip().replace(',', '.'));
            return value.scale() > 2 ? null : value;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
