package org.legible.assessments.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The geometry of one score-over-time chart, drawn as SVG by the history page: points by date, a line through
 * them, and shaded bands where the instrument has published ones. The same numbers are always in a table beside
 * it, so the chart is a picture of the table and never the only way to read it.
 */
final class ScoreChart {

    static final int WIDTH = 640;
    static final int HEIGHT = 240;
    static final int LEFT = 48;
    static final int RIGHT = 16;
    static final int TOP = 12;
    static final int BOTTOM = 32;

    record Value(LocalDate day, BigDecimal score) {}

    /** A published band, {@code from}–{@code to} inclusive, named by a message key. */
    record Band(int from, int to, String labelKey) {}

    record Point(double x, double y, Value value) {}

    record BandArea(double y, double height, double labelY, String labelKey, int index) {}

    record Tick(double y, String label) {}

    private final List<Point> points;
    private final List<BandArea> bands;
    private final List<Tick> ticks;
    private final double min;
    private final double max;

    private ScoreChart(List<Point> points, List<BandArea> bands, List<Tick> ticks, double min, double max) {
        this.points = points;
        this.bands = bands;
        this.ticks = ticks;
        this.min = min;
        this.max = max;
    }

    /** A chart of values on a fixed scale (e.g. PSD 0–31) with optional bands, oldest value first. */
    static ScoreChart of(List<Value> values, double min, double max, List<Band> bands) {
        double span = max - min;
        LocalDate first = values.isEmpty() ? LocalDate.EPOCH : values.get(0).day();
        LocalDate last = values.isEmpty()
                ? LocalDate.EPOCH
                : values.get(values.size() - 1).day();
        long days = last.toEpochDay() - first.toEpochDay();
        double plotWidth = WIDTH - LEFT - RIGHT;
        List<Point> points = new ArrayList<>();
        for (Value value : values) {
            double x = days == 0
                    ? LEFT + plotWidth / 2
                    : LEFT + plotWidth * (value.day().toEpochDay() - first.toEpochDay()) / days;
            points.add(new Point(round(x), y(value.score().doubleValue(), min, span), value));
        }
        List<BandArea> areas = new ArrayList<>();
        for (int i = 0; i < bands.size(); i++) {
            Band band = bands.get(i);
            // A band covers its whole numbers: from − 0.5 to to + 0.5, clipped to the scale.
            double top = y(Math.min(max, band.to() + 0.5), min, span);
            double bottom = y(Math.max(min, band.from() - 0.5), min, span);
            areas.add(new BandArea(top, round(bottom - top), round((top + bottom) / 2 + 4), band.labelKey(), i));
        }
        List<Tick> ticks = new ArrayList<>();
        for (int i = 0; i <= 4; i++) {
            double value = min + span * i / 4;
            ticks.add(new Tick(y(value, min, span), label(value)));
        }
        return new ScoreChart(List.copyOf(points), List.copyOf(areas), List.copyOf(ticks), min, max);
    }

    /** A chart scaled to its own values, for instruments without a fixed range. */
    static ScoreChart fitted(List<Value> values) {
        double low =
                values.stream().mapToDouble(v -> v.score().doubleValue()).min().orElse(0);
        double high =
                values.stream().mapToDouble(v -> v.score().doubleValue()).max().orElse(1);
        double low0 = Math.min(0, low);
        double high0 = high <= low0 ? low0 + 1 : high;
        return of(values, low0, high0, List.of());
    }

    private static double y(double value, double min, double span) {
        double plotHeight = HEIGHT - TOP - BOTTOM;
        return round(TOP + plotHeight * (1 - (value - min) / span));
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    private static String label(double value) {
        return BigDecimal.valueOf(value)
                .setScale(1, RoundingMode.HALF_UP)
                .stripTrailingZeros()
                .toPlainString();
    }

    public List<Point> getPoints() {
        return points;
    }

    public List<BandArea> getBands() {
        return bands;
    }

    public List<Tick> getTicks() {
        return ticks;
    }

    /** The SVG polyline through the points. */
    public String getLine() {
        StringBuilder line = new StringBuilder();
        for (Point point : points) {
            line.append(String.format(Locale.ROOT, "%.1f,%.1f ", point.x(), point.y()));
        }
        return line.toString().strip();
    }

    public String getRange() {
        return label(min) + "–" + label(max);
    }

    public int getWidth() {
        return WIDTH;
    }

    public int getHeight() {
        return HEIGHT;
    }

    public int getLeft() {
        return LEFT;
    }

    public int getBaseline() {
        return HEIGHT - BOTTOM;
    }

    public int getRightEdge() {
        return WIDTH - RIGHT;
    }
}
