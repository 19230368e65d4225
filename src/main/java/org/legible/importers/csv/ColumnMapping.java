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
        int activeColumn) {

    /** A mapping without an active-minutes column. */
    public ColumnMapping(
            int dateColumn,
            DateFormat dateFormat,
            ZoneId fileZone,
            int sleepColumn,
            SleepUnit sleepUnit,
            int stepsColumn,
            int filterColumn,
            String filterValue,
            boolean leaveOutBadRows) {
        this(
                dateColumn,
                dateFormat,
                fileZone,
                sleepColumn,
                sleepUnit,
                stepsColumn,
                filterColumn,
                filterValue,
                leaveOutBadRows,
                NONE);
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
