package org.legible.insights;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Geometry of the report's time chart, one SVG in a fixed viewBox: the daily mean pain as a line broken at days
 * without a check-in (a gap, never a zero), the day's worst as rings, last night's sleep as bars on a 0–12 h scale,
 * and below it one row per medication on the same day axis with its doses where they start or change.
 */
public record TrendChart(
        int width,
        int height,
        int left,
        int right,
        int top,
        int bottom,
        List<String> painLines,
        List<Point> meanPoints,
        List<Point> worstPoints,
        List<Bar> sleepBars,
        List<Tick> dayTicks,
        List<Tick> painTicks,
        List<Tick> sleepTicks,
        List<MedicationRow> medications,
        List<String> fatigueLines,
        List<Point> fatiguePoints,
        List<String> urgeLines,
        List<Point> urgePoints) {

    static final int WIDTH = 720;
    /**
     * The width drawn for a phone: shown about 358 CSS pixels wide on a 390-pixel screen, its 10-unit text is drawn at
     * about 12 pixels, the smallest the patterns page allows (issue 26), and the chart fits without scrolling.
     */
    public static final int NARROW = 290;

    static final int LEFT = 34;
    /** From the right edge to the plot's end: room for the sleep scale's labels. */
    static final int RIGHT_MARGIN = 34;

    static final int TOP = 10;
    static final int BOTTOM = 104;
    static final int MEDICATION_TOP = BOTTOM + 26;
    static final int MEDICATION_ROW = 28;
    static final double SLEEP_SCALE_HOURS = 12;
    static final int MAX_MEDICATION_ROWS = 3;

    public record Point(double x, double y) {}

    public record Bar(double x, double y, double width, double height) {}

    public record Tick(double at, String label) {}

    public record DoseMark(double x, String label) {}

    public record MedicationRow(String name, double labelY, List<Bar> taken, List<DoseMark> doses) {}

    /** The report's chart: pain, sleep and medications. */
    public static TrendChart of(PeriodInsights period, Locale locale) {
        return of(period, locale, false, MAX_MEDICATION_ROWS);
    }

    /** The report's chart with at most {@code medicationRows} medications, when the page needs the room. */
    public static TrendChart of(PeriodInsights period, Locale locale, int medicationRows) {
        return of(period, locale, false, Math.min(medicationRows, MAX_MEDICATION_ROWS));
    }

    /**
     * The overview's chart adds tiredness (the day's mean) and the restless-legs urge (the day's highest) as lines
     * on the same 0–10 scale, each broken at days without a value.
     */
    public static TrendChart withFatigueAndUrge(PeriodInsights period, Locale locale) {
        return of(period, locale, true, MAX_MEDICATION_ROWS, WIDTH);
    }

    /** The same, drawn {@code width} units wide ({@link #NARROW} for a phone), with fewer day labels when narrow. */
    public static TrendChart withFatigueAndUrge(PeriodInsights period, Locale locale, int width) {
        return of(period, locale, true, MAX_MEDICATION_ROWS, width);
    }

    private static TrendChart of(PeriodInsights period, Locale locale, boolean scores, int maxMedicationRows) {
        return of(period, locale, scores, maxMedicationRows, WIDTH);
    }

    private static TrendChart of(
            PeriodInsights period, Locale locale, boolean scores, int maxMedicationRows, int width) {
        int days = period.length();
        int right = width - RIGHT_MARGIN;
        double step = (double) (right - LEFT) / days;
        Scale scale = new Scale(period.from(), step);
        List<String> lines = new ArrayList<>();
        List<Point> means = new ArrayList<>();
        List<Point> worst = new ArrayList<>();
        List<Bar> sleep = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        LocalDate previous = null;
        for (DaySummary day : period.days()) {
            double x = scale.x(day.day());
            Point mean = new Point(x, painY(day.meanPain()));
            if (previous != null && !previous.plusDays(1).equals(day.day()) && !line.isEmpty()) {
                lines.add(line.toString().strip());
                line.setLength(0);
            }
            line.append(format(mean.x())).append(',').append(format(mean.y())).append(' ');
            means.add(mean);
            worst.add(new Point(x, painY(day.worstPain())));
            if (day.sleepHours() != null) {
                double hours = Math.min(day.sleepHours().doubleValue(), SLEEP_SCALE_HOURS);
                double height = hours / SLEEP_SCALE_HOURS * (BOTTOM - TOP);
                double barWidth = Math.max(step * 0.7, 1);
                sleep.add(new Bar(x - barWidth / 2, BOTTOM - height, barWidth, height));
            }
            previous = day.day();
        }
        if (!line.isEmpty()) {
            lines.add(line.toString().strip());
        }
        List<MedicationRow> rows = medicationRows(period, scale, step, maxMedicationRows);
        int height = MEDICATION_TOP + rows.size() * MEDICATION_ROW + (rows.isEmpty() ? 0 : 4);
        return new TrendChart(
                width,
                height,
                LEFT,
                right,
                TOP,
                BOTTOM,
                lines,
                means,
                worst,
                sleep,
                dayTicks(period, scale, locale, width < WIDTH / 2 ? 4 : 6),
                List.of(new Tick(painY(0), "0"), new Tick(painY(5), "5"), new Tick(painY(10), "10")),
                List.of(new Tick(sleepY(0), "0 h"), new Tick(sleepY(6), "6 h"), new Tick(sleepY(12), "12 h")),
                rows,
                scores ? scoreLines(period, scale, DaySummary::meanFatigue) : List.of(),
                scores ? scorePoints(period, scale, DaySummary::meanFatigue) : List.of(),
                scores ? scoreLines(period, scale, TrendChart::urge) : List.of(),
                scores ? scorePoints(period, scale, TrendChart::urge) : List.of());
    }

    private static Double urge(DaySummary day) {
        return day.restlessUrge() == null ? null : (double) day.restlessUrge();
    }

    /**
     * One marker per day with a value. A day between two days without one has no line to sit on, so without its
     * marker it would not be drawn at all; the markers also tell the lines apart without colour.
     */
    private static List<Point> scorePoints(
            PeriodInsights period, Scale scale, java.util.function.Function<DaySummary, Double> value) {
        List<Point> points = new ArrayList<>();
        for (DaySummary day : period.days()) {
            Double score = value.apply(day);
            if (score != null) {
                points.add(new Point(scale.x(day.day()), painY(score)));
            }
        }
        return points;
    }

    /** Polylines of a 0–10 daily value, broken wherever a day has no value. */
    private static List<String> scoreLines(
            PeriodInsights period, Scale scale, java.util.function.Function<DaySummary, Double> value) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        LocalDate previous = null;
        for (DaySummary day : period.days()) {
            Double score = value.apply(day);
            if (score == null || previous == null || !previous.plusDays(1).equals(day.day())) {
                if (!line.isEmpty()) {
                    lines.add(line.toString().strip());
                    line.setLength(0);
                }
            }
            if (score != null) {
                line.append(format(scale.x(day.day())))
                        .append(',')
                        .append(format(painY(score)))
                        .append(' ');
                previous = day.day();
            } else {
                previous = null;
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString().strip());
        }
        return lines;
    }

    /** Medications beyond the chart's rows are left to the detail table, so the chart keeps its one-page height. */
    public int medicationsNotDrawn(PeriodInsights period) {
        return period.medications().size() - medications.size();
    }

    static double painY(double pain) {
        return BOTTOM - pain / 10 * (BOTTOM - TOP);
    }

    static double sleepY(double hours) {
        return BOTTOM - hours / SLEEP_SCALE_HOURS * (BOTTOM - TOP);
    }

    private static List<Tick> dayTicks(PeriodInsights period, Scale scale, Locale locale, int most) {
        DateTimeFormatter format = DateTimeFormatter.ofPattern("d MMM", locale);
        int last = period.length() - 1;
        int count = Math.min(most, period.length());
        List<Tick> ticks = new ArrayList<>();
        int previous = -1;
        for (int i = 0; i < count; i++) {
            int index = count == 1 ? 0 : (int) Math.round((double) i * last / (count - 1));
            if (index != previous) {
                LocalDate day = period.from().plusDays(index);
                ticks.add(new Tick(scale.x(day), day.format(format)));
                previous = index;
            }
        }
        return ticks;
    }

    private static List<MedicationRow> medicationRows(PeriodInsights period, Scale scale, double step, int max) {
        List<MedicationRow> rows = new ArrayList<>();
        int index = 0;
        for (MedicationCourse course : period.medications()) {
            if (index == max) {
                break;
            }
            double labelY = MEDICATION_TOP + index * MEDICATION_ROW + 9;
            double barY = labelY + 3;
            // The doses are written inside the bar, so they never collide with the next row's name.
            List<Bar> taken = new ArrayList<>();
            LocalDate runStart = null;
            LocalDate runEnd = null;
            for (LocalDate day : course.daysTaken()) {
                if (runEnd != null && runEnd.plusDays(1).equals(day)) {
                    runEnd = day;
                    continue;
                }
                if (runStart != null) {
                    taken.add(run(scale, step, runStart, runEnd, barY));
                }
                runStart = day;
                runEnd = day;
            }
            if (runStart != null) {
                taken.add(run(scale, step, runStart, runEnd, barY));
            }
            List<DoseMark> doses = course.doses().stream()
                    .map(d -> new DoseMark(scale.x(d.from()) - step / 2 + 2, dose(d.dose(), d.unit())))
                    .toList();
            rows.add(new MedicationRow(course.name(), labelY, taken, doses));
            index++;
        }
        return rows;
    }

    private static Bar run(Scale scale, double step, LocalDate first, LocalDate last, double y) {
        double start = scale.x(first) - step / 2;
        double end = scale.x(last) + step / 2;
        return new Bar(start, y, Math.max(end - start, 1), 13);
    }

    public static String dose(BigDecimal dose, String unit) {
        String amount = dose.stripTrailingZeros().toPlainString();
        return unit == null ? amount : amount + " " + unit;
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private record Scale(LocalDate from, double step) {
        double x(LocalDate day) {
            return LEFT + (ChronoUnit.DAYS.between(from, day) + 0.5) * step;
        }
    }
}
