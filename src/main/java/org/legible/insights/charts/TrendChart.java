package org.legible.insights.charts;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.legible.insights.DaySummary;
import org.legible.insights.MedicationCourse;
import org.legible.insights.PeriodInsights;
import org.legible.insights.SpanSummary;
import org.legible.insights.YearsOverview;

/**
 * Geometry of the report's time chart, one SVG in a fixed viewBox: the daily mean pain as a line broken at days
 * without a check-in (a gap, never a zero), the day's worst as rings, last night's sleep as bars on a 0–12 h scale,
 * and below it one row per medication on the same day axis with its doses where they start or change. The overview
 * draws a period longer than {@link PeriodInsights#WEEKLY_AFTER_DAYS} days by week ({@code each} WEEK): each mark is
 * that week's figures ({@link SpanSummary}) at its middle; a week without a check-in is the gap.
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
        List<Point> urgePoints,
        Each each) {

    /** What one mark on the chart stands for. */
    public enum Each {
        DAY,
        WEEK,
        MONTH
    }

    public static final int WIDTH = 720;
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

    // Coordinates are kept to a tenth of a unit: finer than any screen or printer draws a 720-unit chart, and a
    // ten-year chart's page would otherwise carry sixteen digits a number.
    public record Point(double x, double y) {
        public Point {
            x = tenth(x);
            y = tenth(y);
        }
    }

    public record Bar(double x, double y, double width, double height) {
        public Bar {
            x = tenth(x);
            y = tenth(y);
            width = tenth(width);
            height = tenth(height);
        }
    }

    public record Tick(double at, String label) {
        public Tick {
            at = tenth(at);
        }
    }

    public record DoseMark(double x, String label) {
        public DoseMark {
            x = tenth(x);
        }
    }

    /** Marks closer than this (in units) would overlap, so only a mark with no line to sit on is drawn. */
    static final double MARK_SPACING = 7;

    private static double tenth(double value) {
        return Math.round(value * 10) / 10.0;
    }

    /** Every tiredness marker (a 5-unit square) as one path, so a long chart is one element, not hundreds. */
    public String fatigueMarks() {
        StringBuilder path = new StringBuilder();
        for (Point p : fatiguePoints) {
            path.append('M')
                    .append(format(p.x() - 2.5))
                    .append(' ')
                    .append(format(p.y() - 2.5))
                    .append("h5v5h-5z");
        }
        return path.toString();
    }

    /** Every urge marker (a diamond 7 units across) as one path. */
    public String urgeMarks() {
        StringBuilder path = new StringBuilder();
        for (Point p : urgePoints) {
            path.append('M')
                    .append(format(p.x()))
                    .append(' ')
                    .append(format(p.y() - 3.5))
                    .append("l3.5 3.5-3.5 3.5-3.5-3.5z");
        }
        return path.toString();
    }

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
        boolean weekly = scores && period.byWeek();
        List<Slot> slots = weekly ? weeks(period, scale) : days(period, scale);
        List<MedicationRow> rows = medicationRows(period, scale, step, maxMedicationRows);
        List<Tick> ticks = dayTicks(period, scale, locale, width < WIDTH / 2 ? 4 : 6);
        return drawn(width, step, slots, ticks, rows, scores, weekly ? Each.WEEK : Each.DAY);
    }

    /**
     * The whole diary month by month ({@link YearsOverview}): the months' mean pain, worst, sleep, tiredness and urge,
     * a gap for a month without a check-in, and the years named along the axis.
     */
    public static TrendChart byMonth(YearsOverview overview, int width) {
        int months = Math.max(overview.monthCount(), 1);
        double step = (double) (width - RIGHT_MARGIN - LEFT) / months;
        List<Slot> slots = new ArrayList<>();
        for (SpanSummary month : overview.months()) {
            slots.add(new Slot(
                    month.index(),
                    LEFT + (month.index() + 0.5) * step,
                    1,
                    month.meanPain(),
                    month.worstPain(),
                    month.meanSleepHours(),
                    month.meanFatigue(),
                    month.meanUrge()));
        }
        // Each year's January (or the first month) is named; on a narrow chart or over many years, every n-th year.
        int years = overview.lastMonth().getYear() - overview.firstMonth().getYear() + 1;
        int most = width < WIDTH / 2 ? 4 : 8;
        int every = (years + most - 1) / most;
        List<Tick> ticks = new ArrayList<>();
        for (int i = 0; i < years; i += every) {
            int year = overview.firstMonth().getYear() + i;
            if (i == 0 && years > 1 && overview.firstMonth().getMonthValue() > 7) {
                // Fewer than six months of the first year: its name would sit on the next one's.
                continue;
            }
            long index = i == 0
                    ? 0
                    : java.time.temporal.ChronoUnit.MONTHS.between(
                            overview.firstMonth(), java.time.YearMonth.of(year, 1));
            ticks.add(new Tick(LEFT + (index + 0.5) * step, String.valueOf(year)));
        }
        return drawn(width, step, slots, ticks, List.of(), true, Each.MONTH);
    }

    private static TrendChart drawn(
            int width,
            double step,
            List<Slot> slots,
            List<Tick> ticks,
            List<MedicationRow> rows,
            boolean scores,
            Each each) {
        List<String> lines = new ArrayList<>();
        List<Point> means = new ArrayList<>();
        List<Point> worst = new ArrayList<>();
        List<Bar> sleep = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        Slot previous = null;
        for (Slot slot : slots) {
            Point mean = new Point(slot.x(), painY(slot.meanPain()));
            if (previous != null && previous.index() + 1 != slot.index() && !line.isEmpty()) {
                lines.add(line.toString().strip());
                line.setLength(0);
            }
            line.append(format(mean.x())).append(',').append(format(mean.y())).append(' ');
            means.add(mean);
            worst.add(new Point(slot.x(), painY(slot.worstPain())));
            if (slot.sleepHours() != null) {
                double hours = Math.min(slot.sleepHours(), SLEEP_SCALE_HOURS);
                double height = hours / SLEEP_SCALE_HOURS * (BOTTOM - TOP);
                double barWidth = Math.max(step * slot.days() * 0.7, 1);
                sleep.add(new Bar(slot.x() - barWidth / 2, BOTTOM - height, barWidth, height));
            }
            previous = slot;
        }
        if (!line.isEmpty()) {
            lines.add(line.toString().strip());
        }
        boolean dense = step * (each == Each.WEEK ? SpanSummary.WEEK : 1) < MARK_SPACING;
        if (dense) {
            means = alone(slots, slot -> slot.meanPain());
        }
        int height = MEDICATION_TOP + rows.size() * MEDICATION_ROW + (rows.isEmpty() ? 0 : 4);
        return new TrendChart(
                width,
                height,
                LEFT,
                width - RIGHT_MARGIN,
                TOP,
                BOTTOM,
                lines,
                means,
                worst,
                sleep,
                ticks,
                List.of(new Tick(painY(0), "0"), new Tick(painY(5), "5"), new Tick(painY(10), "10")),
                List.of(new Tick(sleepY(0), "0 h"), new Tick(sleepY(6), "6 h"), new Tick(sleepY(12), "12 h")),
                rows,
                scores ? scoreLines(slots, Slot::fatigue) : List.of(),
                scores ? (dense ? alone(slots, Slot::fatigue) : scorePoints(slots, Slot::fatigue)) : List.of(),
                scores ? scoreLines(slots, Slot::urge) : List.of(),
                scores ? (dense ? alone(slots, Slot::urge) : scorePoints(slots, Slot::urge)) : List.of(),
                each);
    }

    /**
     * What one mark on the day axis stands for: a day, or a week of them drawn at its middle. Consecutive indexes are
     * neighbours, so a line is broken where an index is missing.
     */
    private record Slot(
            int index,
            double x,
            int days,
            double meanPain,
            int worstPain,
            Double sleepHours,
            Double fatigue,
            Double urge) {}

    private static List<Slot> days(PeriodInsights period, Scale scale) {
        List<Slot> slots = new ArrayList<>();
        for (DaySummary day : period.days()) {
            slots.add(new Slot(
                    (int) ChronoUnit.DAYS.between(period.from(), day.day()),
                    scale.x(day.day()),
                    1,
                    day.meanPain(),
                    day.worstPain(),
                    day.sleepHours() == null ? null : day.sleepHours().doubleValue(),
                    day.meanFatigue(),
                    day.restlessUrge() == null ? null : (double) day.restlessUrge()));
        }
        return slots;
    }

    private static List<Slot> weeks(PeriodInsights period, Scale scale) {
        List<Slot> slots = new ArrayList<>();
        for (SpanSummary week : period.weeks()) {
            slots.add(new Slot(
                    week.index(),
                    (scale.x(week.first()) + scale.x(week.last())) / 2,
                    (int) ChronoUnit.DAYS.between(week.first(), week.last()) + 1,
                    week.meanPain(),
                    week.worstPain(),
                    week.meanSleepHours(),
                    week.meanFatigue(),
                    week.meanUrge()));
        }
        return slots;
    }

    /**
     * One marker per day (or week) with a value. One between two without has no line to sit on, so without its
     * marker it would not be drawn at all; the markers also tell the lines apart without colour.
     */
    private static List<Point> scorePoints(List<Slot> slots, Function<Slot, Double> value) {
        List<Point> points = new ArrayList<>();
        for (Slot slot : slots) {
            Double score = value.apply(slot);
            if (score != null) {
                points.add(new Point(slot.x(), painY(score)));
            }
        }
        return points;
    }

    /**
     * On a dense chart, only the marks with no neighbour that has a value: the line shows the rest, and its dash tells
     * it from the others without colour.
     */
    private static List<Point> alone(List<Slot> slots, Function<Slot, Double> value) {
        java.util.Set<Integer> withValue = new java.util.HashSet<>();
        for (Slot slot : slots) {
            if (value.apply(slot) != null) {
                withValue.add(slot.index());
            }
        }
        List<Point> points = new ArrayList<>();
        for (Slot slot : slots) {
            Double score = value.apply(slot);
            if (score != null && !withValue.contains(slot.index() - 1) && !withValue.contains(slot.index() + 1)) {
                points.add(new Point(slot.x(), painY(score)));
            }
        }
        return points;
    }

    /** Polylines of a 0–10 value, broken wherever a day (or week) has no value. */
    private static List<String> scoreLines(List<Slot> slots, Function<Slot, Double> value) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        Slot previous = null;
        for (Slot slot : slots) {
            Double score = value.apply(slot);
            if (score == null || previous == null || previous.index() + 1 != slot.index()) {
                if (!line.isEmpty()) {
                    lines.add(line.toString().strip());
                    line.setLength(0);
                }
            }
            if (score != null) {
                line.append(format(slot.x()))
                        .append(',')
                        .append(format(painY(score)))
                        .append(' ');
                previous = slot;
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
                    .map(d -> new DoseMark(scale.x(d.from()) - step / 2 + 2, d.text()))
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

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private record Scale(LocalDate from, double step) {
        double x(LocalDate day) {
            return LEFT + (ChronoUnit.DAYS.between(from, day) + 0.5) * step;
        }
    }
}
