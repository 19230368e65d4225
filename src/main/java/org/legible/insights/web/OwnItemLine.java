package org.legible.insights.web;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.legible.insights.OwnItemSummaries;

/**
 * A scale's or a number's days over the period as a small line, drawn like the overview's pain line: x by day, y
 * from the item's lowest (bottom) to its highest (top) in the period, or across 0 to 10 for a scale. The words beside
 * it say the same, so it is a picture only.
 */
record OwnItemLine(String points) {

    static OwnItemLine of(OwnItemSummaries.Summary summary, LocalDate from, LocalDate to) {
        boolean scale = summary.item().kind().code().equals("scale");
        double bottom = scale ? 0 : summary.lowest();
        double top = scale ? 10 : summary.highest();
        double range = Math.max(top - bottom, 1e-9);
        long span = Math.max(1, ChronoUnit.DAYS.between(from, to));
        StringBuilder points = new StringBuilder();
        summary.daily().forEach((day, value) -> {
            double x = 4 + (Glance.WIDTH - 8) * (double) ChronoUnit.DAYS.between(from, day) / span;
            double y = 4 + (Glance.HEIGHT - 8) * (top - value) / range;
            points.append(String.format(Locale.ROOT, "%.0f,%.0f ", x, y));
        });
        return new OwnItemLine(points.toString().strip());
    }
}
