package org.legible.diary;

import java.util.Optional;
import org.legible.diary.Vocabulary.Strategy;

/**
 * When an effect of a strategy could show in the pain (issue 29): from {@code startsAfterDays} after the day it was
 * used (0: that same day) for {@code lastsDays} days. "What seems to help" compares the days it reaches with the rest
 * and says which window it used. Each kind has a default (docs/clinical-basis.md); the person can change it.
 */
public record EffectWindow(int startsAfterDays, int lastsDays) {

    public static final int MAX_STARTS_AFTER = 7;
    public static final int MAX_LASTS = 7;

    /** The same day only: what a strategy that acts while it is used is counted over. */
    public static final EffectWindow SAME_DAY = new EffectWindow(0, 1);

    public EffectWindow {
        if (startsAfterDays < 0 || startsAfterDays > MAX_STARTS_AFTER || lastsDays < 1 || lastsDays > MAX_LASTS) {
            throw new IllegalArgumentException("an effect starts 0-7 days after and lasts 1-7 days");
        }
    }

    /** The last day after a use that the window reaches. */
    public int lastDayAfter() {
        return startsAfterDays + lastsDays - 1;
    }

    /**
     * Exercise and physiotherapy from the same day to two days after (soreness after unaccustomed exercise peaks 24 to
     * 72 hours later); a sleep routine the next day (its night is the next diary day's); every other kind, and the
     * person's own, the same day.
     */
    public static EffectWindow defaultFor(Strategy strategy) {
        if (strategy == Strategy.LOW_IMPACT_EXERCISE || strategy == Strategy.PHYSIOTHERAPY) {
            return new EffectWindow(0, 3);
        }
        return strategy == Strategy.SLEEP_ROUTINE ? new EffectWindow(1, 1) : SAME_DAY;
    }

    /**
     * The one rule for a window from the page or the JSON import: whole days, starting 0 to {@value
     * #MAX_STARTS_AFTER} days after, lasting 1 to {@value #MAX_LASTS}; the problem by its field otherwise.
     */
    public static Checked check(String startsAfter, String lasts) {
        Integer start = whole(startsAfter, 0, MAX_STARTS_AFTER);
        if (start == null) {
            return new Checked(null, Optional.of(problem("startsAfter", "effectWindow.startsAfter.invalid")));
        }
        Integer length = whole(lasts, 1, MAX_LASTS);
        if (length == null) {
            return new Checked(null, Optional.of(problem("lasts", "effectWindow.lasts.invalid")));
        }
        return new Checked(new EffectWindow(start, length), Optional.empty());
    }

    /** Either the window or the problem, never both. */
    public record Checked(EffectWindow window, Optional<CheckInRules.Problem> problem) {}

    private static CheckInRules.Problem problem(String field, String key) {
        return new CheckInRules.Problem(field, key, new Object[0]);
    }

    private static Integer whole(String text, int low, int high) {
        if (text == null || !text.strip().matches("\\d{1,2}")) {
            return null;
        }
        int value = Integer.parseInt(text.strip());
        return value < low || value > high ? null : value;
    }
}
