package org.legible.insights.web;

import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.legible.bodymap.BodyMapLayout;
import org.legible.bodymap.BodySite;
import org.legible.bodymap.MapPicture;
import org.legible.bodymap.MapRegion;
import org.legible.insights.DaySummary;
import org.legible.insights.InsightLabels;
import org.legible.insights.PeriodInsights;
import org.legible.insights.SiteStat;

/**
 * What the patterns page shows first, one card each: the pain's line over the period, where it hurt on the drawing,
 * and the top place. The sentences are in the template (insights/overview.html); this holds the pictures, drawn for
 * a phone's width, with no text inside them, so nothing in them is ever smaller than the page's own text.
 */
record Glance(String painLine, List<MapRegion> map, SiteStat topSite) {

    /** The sparkline's drawing area: 320 × 64 units, shown at the card's width. */
    static final int WIDTH = 320;

    static final int HEIGHT = 64;

    static Glance of(PeriodInsights p, InsightLabels labels) {
        Map<BodySite, Integer> means = new HashMap<>();
        p.sites().forEach(s -> means.put(s.site(), (int) Math.round(s.meanIntensity())));
        SiteStat top = p.sites().stream()
                .max((a, b) -> a.daysHurt() != b.daysHurt()
                        ? Integer.compare(a.daysHurt(), b.daysHurt())
                        : Double.compare(a.meanIntensity(), b.meanIntensity()))
                .orElse(null);
        return new Glance(line(p), MapPicture.of(means, labels::site), top);
    }

    /** Daily mean pain as a polyline: x by day across the period, y from 10 (top) to 0 (bottom). */
    private static String line(PeriodInsights p) {
        long span = Math.max(1, ChronoUnit.DAYS.between(p.from(), p.to()));
        StringBuilder points = new StringBuilder();
        for (DaySummary day : p.days()) {
            double x = 4 + (WIDTH - 8) * (double) ChronoUnit.DAYS.between(p.from(), day.day()) / span;
            double y = 4 + (HEIGHT - 8) * (10 - day.meanPain()) / 10;
            points.append(String.format(Locale.ROOT, "%.0f,%.0f ", x, y));
        }
        return points.toString().strip();
    }

    public List<String> outlines() {
        return BodyMapLayout.outlines();
    }

    public List<BodyMapLayout.Caption> captions() {
        return BodyMapLayout.captions();
    }
}
