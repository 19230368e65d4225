package org.legible.insights;

/**
 * When a run of days counts as a flare, from the person's own data: the day's mean overall pain at least
 * {@code points} above the median of their daily means in the {@value #BASELINE_DAYS} days before it, on at least
 * {@code days} consecutive days. A baseline needs {@value #MIN_BASELINE_DAYS} days with a check-in, so a first week
 * never shows flares against too little.
 */
public record FlareRule(int points, int days) {

    public static final int BASELINE_DAYS = 28;
    public static final int MIN_BASELINE_DAYS = 7;
    public static final FlareRule DEFAULT = new FlareRule(2, 2);
    public static final int MIN_POINTS = 1;
    public static final int MAX_POINTS = 5;
    public static final int MIN_DAYS = 1;
    public static final int MAX_DAYS = 7;

    public FlareRule {
        if (points < MIN_POINTS || points > MAX_POINTS || days < MIN_DAYS || days > MAX_DAYS) {
            throw new IllegalArgumentException("flare rule out of range");
        }
    }
}
