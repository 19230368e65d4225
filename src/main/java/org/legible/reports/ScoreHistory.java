package org.legible.reports;

import java.time.LocalDate;
import java.util.List;

/**
 * One screen or outside score up to the end of the period, latest first: the ACR 2016 distress score with its
 * band, the restless-legs screen's outcome, or a clinic's FIQR or other named score.
 *
 * @param kind {@code acr-2016}, {@code restless-legs}, {@code fiqr} or {@code other}
 */
public record ScoreHistory(String kind, String name, List<Point> points) {

    public static final int POINTS_SHOWN = 4;

    public ScoreHistory {
        points = List.copyOf(points);
    }

    public Point latest() {
        return points.get(0);
    }

    public List<Point> earlier() {
        return points.subList(1, points.size());
    }

    /** A value (may be absent for the restless-legs screen) and a message-key suffix for its band or outcome. */
    public record Point(LocalDate day, String value, String band) {}
}
