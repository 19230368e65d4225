package org.legible.importers.flaredown;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.LongConsumer;
import java.util.regex.Pattern;
import org.legible.diary.HealthMeasures.EntryKind;
import org.legible.diary.HealthMeasures.TrackerEntry;
import org.legible.importers.csv.CsvRows;
import org.legible.importers.files.UnreadableExport;

/**
 * Reads a Flaredown export by the person's column roles into entries of Legible's tracker diary, row by row. Strict
 * like every import: a day that is not a real date (Flaredown writes 2017-05-03), a day in the future, a rating
 * outside 0 to 4, a name over 300 or a dose over 100 characters, a column with no name kept as an item, or two rows for one day stop it at the line and column, unless
 * the person chose to leave such rows out (then counted). A blank cell is nothing that day. Nothing is written here.
 */
public final class FlaredownDays {

    private static final Pattern RATING = Pattern.compile("[0-4]");
    private static final Pattern LIST_SEPARATOR = Pattern.compile(";");
    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    /** One row as read: its day and entries, or its problem and the column where it is. */
    public record Row(int line, LocalDate day, List<TrackerEntry> entries, String problem, String column) {
        public boolean readable() {
            return problem == null;
        }
    }

    /** Every entry of the file, and how many rows were used and left out. */
    public record Days(List<TrackerEntry> entries, int rowsUsed, int rowsLeftOut) {}

    private final FlaredownLayout layout;
    private final List<ColumnRole> roles;
    private final LocalDate today;
    private final boolean leaveOutBadRows;

    /** {@code roles} has one role per column of the layout; the first (the date) is not used. */
    public FlaredownDays(FlaredownLayout layout, List<ColumnRole> roles, LocalDate today, boolean leaveOutBadRows) {
        if (roles.size() != layout.columns()) {
            throw new IllegalArgumentException("one role per column");
        }
        this.layout = layout;
        this.roles = List.copyOf(roles);
        this.today = today;
        this.leaveOutBadRows = leaveOutBadRows;
    }

    /** The first {@code count} rows as read, each with its entries or its problem. */
    public List<Row> preview(CsvRows rows, int count) throws IOException {
        List<Row> preview = new ArrayList<>();
        for (List<String> cells = rows.next(); cells != null && preview.size() < count; cells = rows.next()) {
            preview.add(row(cells, rows.line()));
        }
        return preview;
    }

    public Days read(CsvRows rows, LongConsumer progress) throws IOException {
        Map<LocalDate, Row> byDay = new TreeMap<>();
        long read = 0;
        int leftOut = 0;
        for (List<String> cells = rows.next(); cells != null; cells = rows.next()) {
            progress.accept(++read);
            Row row = row(cells, rows.line());
            if (!row.readable()) {
                if (!leaveOutBadRows) {
                    throw new UnreadableExport("flaredown." + row.problem(), row.line(), row.column());
                }
                leftOut++;
                continue;
            }
            if (byDay.putIfAbsent(row.day(), row) != null) {
                throw new UnreadableExport("flaredown.twoRows", row.line(), layout.name(0));
            }
        }
        List<TrackerEntry> entries = new ArrayList<>();
        byDay.values().forEach(row -> entries.addAll(row.entries()));
        return new Days(entries, byDay.size(), leftOut);
    }

    Row row(List<String> cells, int line) {
        LocalDate day = day(cell(cells, 0));
        if (day == null || day.getYear() < 1900 || day.isAfter(today)) {
            return problem(line, "badDate", 0);
        }
        // One entry per kind and name a day: a tag that is also a food counts once.
        Map<String, TrackerEntry> entries = new LinkedHashMap<>();
        for (int c = 1; c < layout.columns(); c++) {
            String value = cell(cells, c).strip();
            if (value.isEmpty() || roles.get(c) == ColumnRole.LEAVE_OUT) {
                continue;
            }
            String name = layout.name(c);
            if (roles.get(c) != ColumnRole.TRIGGER && !FlaredownLayout.keepable(name)) {
                return problem(line, "badName", c);
            }
            switch (roles.get(c)) {
                case RATING -> {
                    Integer rating = rating(value);
                    if (rating == null) {
                        return problem(line, "badRating", c);
                    }
                    put(entries, TrackerEntry.rating(day, name, rating, FlaredownLayout.SCALE_MAX));
                }
                case MEDICATION, STRATEGY -> {
                    if (value.length() > TrackerEntry.DETAIL_CHARACTERS) {
                        return problem(line, "tooLong", c);
                    }
                    EntryKind kind = roles.get(c) == ColumnRole.MEDICATION ? EntryKind.MEDICATION : EntryKind.STRATEGY;
                    put(entries, TrackerEntry.named(day, kind, name, value));
                }
                case TRIGGER -> {
                    for (String item : LIST_SEPARATOR.split(value)) {
                        String trigger = item.strip();
                        if (trigger.length() > TrackerEntry.NAME_CHARACTERS) {
                            return problem(line, "tooLong", c);
                        }
                        if (!trigger.isEmpty()) {
                            put(entries, TrackerEntry.named(day, EntryKind.TRIGGER, trigger, null));
                        }
                    }
                }
                default -> throw new IllegalStateException("role " + roles.get(c));
            }
        }
        return new Row(line, day, List.copyOf(entries.values()), null, null);
    }

    private static void put(Map<String, TrackerEntry> entries, TrackerEntry entry) {
        entries.putIfAbsent(entry.kind().code() + "\n" + entry.name(), entry);
    }

    /** A Flaredown rating, 0 to 4; null for anything else. */
    static Integer rating(String value) {
        return RATING.matcher(value).matches() ? Integer.valueOf(value) : null;
    }

    private static LocalDate day(String value) {
        try {
            return LocalDate.parse(value.strip(), DAY);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private Row problem(int line, String problem, int column) {
        return new Row(line, null, List.of(), problem, layout.name(column));
    }

    private static String cell(List<String> cells, int column) {
        return column < cells.size() ? cells.get(column) : "";
    }
}
