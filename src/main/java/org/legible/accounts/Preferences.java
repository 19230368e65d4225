package org.legible.accounts;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;

/**
 * How a person's days are counted: their time zone, and the time before which a late-night check-in still belongs
 * to the previous diary day (default 04:00); and what counts as a flare for them: a day's mean pain at least
 * {@code flarePoints} above their own usual level, on at least {@code flareDays} days in a row (default 2 and 2); and
 * whether their check-in asks about mood and stress (default yes); whether they follow their menstrual cycle (default no).
 */
public record Preferences(
        ZoneId timeZone,
        LocalTime dayBoundary,
        int flarePoints,
        int flareDays,
        boolean asksMoodAndStress,
        boolean tracksCycle) {

    public static final LocalTime DEFAULT_DAY_BOUNDARY = LocalTime.of(4, 0);

    /** A boundary later than noon would put afternoon check-ins on the previous day; nobody means that. */
    public static final LocalTime LATEST_DAY_BOUNDARY = LocalTime.NOON;

    public static final int DEFAULT_FLARE_POINTS = 2;
    public static final int DEFAULT_FLARE_DAYS = 2;
    public static final int MIN_FLARE_POINTS = 1;
    public static final int MAX_FLARE_POINTS = 5;
    public static final int MIN_FLARE_DAYS = 1;
    public static final int MAX_FLARE_DAYS = 7;

    /** Day counting with the default flare rule. */
    public Preferences(ZoneId timeZone, LocalTime dayBoundary) {
        this(timeZone, dayBoundary, DEFAULT_FLARE_POINTS, DEFAULT_FLARE_DAYS);
    }

    /** With mood and stress asked, as for everyone until they say otherwise. */
    public Preferences(ZoneId timeZone, LocalTime dayBoundary, int flarePoints, int flareDays) {
        this(timeZone, dayBoundary, flarePoints, flareDays, true, false);
    }

    public Preferences {
        Objects.requireNonNull(timeZone, "timeZone");
        Objects.requireNonNull(dayBoundary, "dayBoundary");
        if (!dayBoundaryValid(dayBoundary)) {
            throw new IllegalArgumentException("day boundary after noon or not a whole minute");
        }
        if (!flarePointsValid(flarePoints) || !flareDaysValid(flareDays)) {
            throw new IllegalArgumentException("flare rule out of range");
        }
    }

    /** A whole minute from midnight to noon: the one rule of the account page, the JSON import and storage. */
    public static boolean dayBoundaryValid(LocalTime boundary) {
        return !boundary.isAfter(LATEST_DAY_BOUNDARY) && boundary.getSecond() == 0 && boundary.getNano() == 0;
    }

    public static boolean flarePointsValid(int points) {
        return points >= MIN_FLARE_POINTS && points <= MAX_FLARE_POINTS;
    }

    public static boolean flareDaysValid(int days) {
        return days >= MIN_FLARE_DAYS && days <= MAX_FLARE_DAYS;
    }

    /** The same flare rule with other day counting. */
    public Preferences withDayCounting(ZoneId zone, LocalTime boundary) {
        return new Preferences(zone, boundary, flarePoints, flareDays, asksMoodAndStress, tracksCycle);
    }

    /** The same day counting with another flare rule. */
    public Preferences withFlareRule(int points, int days) {
        return new Preferences(timeZone, dayBoundary, points, days, asksMoodAndStress, tracksCycle);
    }

    /** The same, asking about mood and stress in the check-in or not. */
    public Preferences withMoodAndStress(boolean asks) {
        return new Preferences(timeZone, dayBoundary, flarePoints, flareDays, asks, tracksCycle);
    }

    /** The same, following the menstrual cycle or not. */
    public Preferences withCycle(boolean tracks) {
        return new Preferences(timeZone, dayBoundary, flarePoints, flareDays, asksMoodAndStress, tracks);
    }
}
