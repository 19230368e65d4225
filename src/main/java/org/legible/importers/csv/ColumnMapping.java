package org.legible.importers.csv;

import java.time.ZoneId;

/**
 * What the person said about a CSV file's columns: which one holds the day and how it is written (and in which time
 * zone, when it carries a time), which hold time asleep (in hours or minutes) and steps, and, for a file with several
 * people or devices in it, which rows to use. Columns are indexes into the header; -1 is "none".
 *
 * @param fileZone the zone the file's times are written in; null to take each row's date as written
 * @param leaveOutBadRows leave out rows whose values cannot be read (counted on the result) instead of stopping
 * @param activeColumn active minutes that day, kept beside the day's steps
 * @param inBedColumn time in bed, in the same unit as time asleep; used on days that also have time asleep
 * @param painColumn a pain score kept as the person's own tracked item, named by the column, on its own scale
 * @param painScale the top of that scale (0 to 4, 5, 10 or 100)
 */
public record ColumnMapping(
        int dateColumn,
        DateFormat dateFormat,
        ZoneId fileZone,
        int sleepColumn,
        SleepUnit sleepUnit,
        int stepsColumn,
        int filterColumn,
        String filterValue,
        boolean leaveOutBadRows,
        int activeColumn,
        int inBedColumn,
        int painColumn,
        int painScale) {

    /** The tops of the pain scales a file may use; 10 unless the person says otherwise. */
    public static final java.util.List<Integer> PAIN_SCALES = java.util.List.of(4, 5, 10, 100);

    public ColumnMapping {
        if (!PAIN_SCALES.contains(painScale)) {
            throw new IllegalArgumentException("pain scale");
        }
    }

    public enum SleepUnit {
        HOURS,
        MINUTES
    }

    public static final int NONE = -1;

    public boolean filters() {
        return filterColumn != NONE;
    }
}
