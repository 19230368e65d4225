package org.legible.accounts;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;

/**
 * How a person's days are counted: their time zone, and the time before which a late-night check-in still belongs
 * to the previous diary day (default 04:00).
 */
public record Preferences(ZoneId timeZone, LocalTime dayBoundary) {

    public static final LocalTime DEFAULT_DAY_BOUNDARY = LocalTime.of(4, 0);

    /** A boundary later than noon would put afternoon check-ins on the previous day; nobody means that. */
    public static final LocalTime LATEST_DAY_BOUNDARY = LocalTime.NOON;

    public Preferences {
        Objects.requireNonNull(timeZone, "timeZone");
        Objects.requireNonNull(dayBoundary, "dayBoundary");
        if (dayBoundary.isAfter(LATEST_DAY_BOUNDARY)) {
            throw new IllegalArgumentException("day boundary after noon");
        }
    }
}
