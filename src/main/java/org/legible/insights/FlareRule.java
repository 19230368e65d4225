package org.legible.insights;

import org.legible.accounts.Preferences;

/**
 * When a run of days counts as a flare (the thresholds are the person's preference), from the person's own data: the day's mean overall pain at least
 * {@code points} above the median of their daily means in the {@value #BASELINE_DAYS} days before it, on at least
 * {@code days} consecutive days. A baseline needs {@value #MIN_BASELINE_DAYS} days with a check-in, so a first week
 * never shows flares against too little.
 */
public record FlareRule(int points, int days) {

    public static final int BASELINE_DAYS = 28;
    public static final int MIN_BASELINE_DAYS = 7;
    public static final FlareRule DEFAULT =
            new FlareRule(Preferences.DEFAULT_FLARE_POINTS, Preferences.DEFAULT_FLARE_DAYS);

    public FlareRule {
        if (!Preferences.flarePointsValid(points) || !Preferences.flareDaysValid(days)) {
            throw new IllegalArgumentException("flare rule out of range");
        }
    }

    /** The person's own rule, kept with their preferences. */
    public static FlareRule of(Preferences preferences) {
        return new FlareRule(preferences.flarePoints(), preferences.flareDays());
    }
}
