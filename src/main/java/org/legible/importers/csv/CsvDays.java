package org.legible.importers.csv;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.LongConsumer;
import java.util.regex.Pattern;
import org.legible.diary.HealthMeasures;
import org.legible.importers.files.UnreadableExport;

/**
 * Turns a CSV file's rows into days of sleep (time asleep, and in bed when given) and steps (with active minutes
 * beside them), and a pain score kept as the person's own tracked item, by a {@link ColumnMapping}. Each row is one day. A blank or
 * zero cell is "nothing that day" (devices write 0 for a day they were not worn). A value that cannot be true (sleep
 * over 24 hours, steps over {@link #MAX_STEPS}, a day after today) or cannot be read is a problem with its line and
 * column: it stops the import, or with {@link ColumnMapping#leaveOutBadRows()} leaves that row out and counts it. Two
 * rows for one day stop the import either way: the file likely holds more than one person, and only the person can
 * say which rows are theirs (the mapping's filter).
 */
public final class CsvDays {

    static final long MAX_STEPS = HealthMeasures.StepDay.MAX_STEPS;
    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}([,. '\u00a0]\\d{3})+");
    private static final Pattern PLAIN = Pattern.compile("\\d{1,9}(\\.0+)?");
    private static final Pattern DECIMAL = Pattern.compile("\\d{1,5}([.,]\\d{1,6})?");
    private static final Pattern WHOLE = Pattern.compile("\\d{1,3}");
    private static final Pattern HOURS_MINUTES = Pattern.compile("(\\d{1,2}):([0-5]\\d)");

    /** One row as read: its day and values, or the problem (a message key) and the column it is in. */
    public record Row(
            int line,
            List<String> cells,
            LocalDate day,
            BigDecimal sleepMinutes,
            Long steps,
            Integer activeMinutes,
            BigDecimal inBedMinutes,
            Integer pain,
            String problem,
            String column) {
        public boolean readable() {
            return problem == null;
        }
    }

    /** What the whole file gave: the days, the rows used, and the rows left out as unreadable. */
    public record Days(
            List<HealthMeasures.Night> nights,
            List<HealthMeasures.StepDay> steps,
            List<HealthMeasures.TrackerEntry> painScores,
            long rowsUsed,
            int rowsLeftOut) {}

    private final ColumnMapping mapping;
    private final List<String> header;
    private final ZoneId personZone;
    private final LocalDate today;

    public CsvDays(ColumnMapping mapping, List<String> header, ZoneId personZone, LocalDate today) {
        this.mapping = mapping;
        this.header = header;
        this.personZone = personZone;
        this.today = today;
    }

    /** The first {@code count} rows the filter keeps, each read or with its problem, for the preview. */
    public List<Row> preview(CsvRows rows, int count) throws UnreadableExport, java.io.IOException {
        List<Row> preview = new ArrayList<>();
        for (List<String> cells = rows.next(); cells != null && preview.size() < count; cells = rows.next()) {
            Row row = row(cells, rows.line());
            if (row != null) {
                preview.add(row);
            }
        }
        return preview;
    }

    /** Every row, into nights and step days named by {@code source}; {@code progress} hears the rows read. */
    public Days read(CsvRows rows, String source, LongConsumer progress) throws java.io.IOException {
        Map<LocalDate, Row> byDay = new TreeMap<>();
        long read = 0;
        int leftOut = 0;
        for (List<String> cells = rows.next(); cells != null; cells = rows.next()) {
            progress.accept(++read);
            Row row = row(cells, rows.line());
            if (row == null) {
                continue;
            }
            if (!row.readable()) {
                if (!mapping.leaveOutBadRows()) {
                    throw new UnreadableExport("csv." + row.problem(), row.line(), row.column());
                }
                leftOut++;
                continue;
            }
            Row earlier = byDay.putIfAbsent(row.day(), row);
            if (earlier != null) {
                throw new UnreadableExport("csv.twoRows", row.line(), header(mapping.dateColumn()));
            }
        }
        List<HealthMeasures.Night> nights = new ArrayList<>();
        List<HealthMeasures.StepDay> steps = new ArrayList<>();
        List<HealthMeasures.TrackerEntry> pain = new ArrayList<>();
        for (Row row : byDay.values()) {
            if (row.sleepMinutes() != null) {
                BigDecimal zero = BigDecimal.ZERO.setScale(1);
                // Without a time-in-bed column, time in bed is taken to be time asleep; stages are not known.
                BigDecimal inBed = row.inBedMinutes() == null ? row.sleepMinutes() : row.inBedMinutes();
                nights.add(new HealthMeasures.Night(row.day(), source, row.sleepMinutes(), inBed, zero, zero, zero));
            }
            if (row.steps() != null) {
                steps.add(new HealthMeasures.StepDay(row.day(), source, row.steps(), row.activeMinutes()));
            }
            if (row.pain() != null) {
                pain.add(HealthMeasures.TrackerEntry.rating(
                        row.day(), header(mapping.painColumn()).strip(), row.pain(), mapping.painScale()));
            }
        }
        return new Days(nights, steps, pain, byDay.size(), leftOut);
    }

    /** One row read by the mapping; null when the filter leaves it out. */
    Row row(List<String> cells, int line) {
        if (mapping.filters()
                && !cell(cells, mapping.filterColumn())
                        .strip()
                        .equals(mapping.filterValue().strip())) {
            return null;
        }
        String dateText = cell(cells, mapping.dateColumn());
        LocalDate day = dateText.isBlank() ? null : mapping.dateFormat().day(dateText, mapping.fileZone(), personZone);
        if (day == null || day.getYear() < 1900 || day.isAfter(today)) {
            return problem(line, cells, "badDate", mapping.dateColumn());
        }
        BigDecimal sleep = null;
        if (mapping.sleepColumn() != ColumnMapping.NONE) {
            String text = cell(cells, mapping.sleepColumn()).strip();
            sleep = sleepMinutes(text);
            if (sleep == null && !text.isEmpty()) {
                return problem(line, cells, "badSleep", mapping.sleepColumn());
            }
            if (sleep != null && sleep.signum() == 0) {
                sleep = null;
            }
        }
        Long steps = null;
        if (mapping.stepsColumn() != ColumnMapping.NONE) {
            String text = cell(cells, mapping.stepsColumn()).strip();
            steps = steps(text);
            if (steps == null && !text.isEmpty()) {
                return problem(line, cells, "badSteps", mapping.stepsColumn());
            }
            if (steps != null && steps == 0) {
                steps = null;
            }
        }
        Integer active = null;
        if (mapping.activeColumn() != ColumnMapping.NONE) {
            String text = cell(cells, mapping.activeColumn()).strip();
            Long minutes = PLAIN.matcher(text).matches() ? steps(text) : null;
            if (!text.isEmpty() && (minutes == null || minutes > 24 * 60)) {
                return problem(line, cells, "badActive", mapping.activeColumn());
            }
            active = minutes == null || minutes == 0 ? null : minutes.intValue();
        }
        BigDecimal inBed = null;
        if (mapping.inBedColumn() != ColumnMapping.NONE) {
            String text = cell(cells, mapping.inBedColumn()).strip();
            inBed = sleepMinutes(text);
            if ((inBed == null && !text.isEmpty()) || (inBed != null && sleep != null && inBed.compareTo(sleep) < 0)) {
                return problem(line, cells, "badInBed", mapping.inBedColumn());
            }
            if (inBed != null && inBed.signum() == 0) {
                inBed = null;
            }
        }
        Integer pain = null;
        if (mapping.painColumn() != ColumnMapping.NONE) {
            String text = cell(cells, mapping.painColumn()).strip();
            // Unlike steps, a pain score of 0 is a real answer: no pain that day.
            if (!text.isEmpty() && !HealthMeasures.TrackerEntry.isName(header(mapping.painColumn()))) {
                return problem(line, cells, "painName", mapping.painColumn());
            }
            if (!text.isEmpty()) {
                pain = WHOLE.matcher(text).matches() ? Integer.valueOf(text) : null;
                if (pain == null || pain > mapping.painScale()) {
                    return problem(line, cells, "badPain", mapping.painColumn());
                }
            }
        }
        return new Row(line, cells, day, sleep, steps, active, inBed, pain, null, null);
    }

    private Row problem(int line, List<String> cells, String problem, int column) {
        return new Row(line, cells, null, null, null, null, null, null, problem, header(column));
    }

    private String header(int column) {
        return column >= 0 && column < header.size() ? header.get(column) : "column " + (column + 1);
    }

    private static String cell(List<String> cells, int column) {
        return column >= 0 && column < cells.size() ? cells.get(column) : "";
    }

    /** Minutes asleep from hours ({@code 7.5}, {@code 7,5}, {@code 7:30}) or minutes; null when unreadable or over a day. */
    private BigDecimal sleepMinutes(String text) {
        BigDecimal minutes;
        var hm = HOURS_MINUTES.matcher(text);
        if (mapping.sleepUnit() == ColumnMapping.SleepUnit.HOURS && hm.matches()) {
            minutes = BigDecimal.valueOf(Integer.parseInt(hm.group(1)) * 60L + Integer.parseInt(hm.group(2)));
        } else if (DECIMAL.matcher(text).matches()) {
            BigDecimal value = new BigDecimal(text.replace(',', '.'));
            minutes = mapping.sleepUnit() == ColumnMapping.SleepUnit.HOURS
                    ? value.multiply(BigDecimal.valueOf(60))
                    : value;
        } else {
            return null;
        }
        if (minutes.compareTo(BigDecimal.valueOf(24 * 60)) > 0) {
            return null;
        }
        return minutes.setScale(1, RoundingMode.HALF_UP);
    }

    private static Long steps(String text) {
        long steps;
        if (GROUPED.matcher(text).matches()) {
            String digits = text.replaceAll("[^0-9]", ""); // 8.000, 8,000 and 8 000 are all eight thousand
            if (digits.length() > String.valueOf(MAX_STEPS).length()) {
                return null; // far too many to be a day's steps, and more than a long holds
            }
            steps = Long.parseLong(digits);
        } else if (PLAIN.matcher(text).matches()) {
            steps = Long.parseLong(text.substring(0, text.contains(".") ? text.indexOf('.') : text.length()));
        } else {
            return null;
        }
        return steps > MAX_STEPS ? null : steps;
    }
}
