package org.legible.importers.csv;

import java.time.ZoneId;
import org.legible.importers.csv.ColumnMapping.SleepUnit;

/**
 * What a person says about a spreadsheet's columns, said one column at a time, as the mapping form asks: the day's
 * column and how it is written first, then only the columns a test uses. Everything else is "none".
 */
final class Mapping {

    private final int dateColumn;
    private final DateFormat dateFormat;
    private ZoneId fileZone;
    private int sleepColumn = ColumnMapping.NONE;
    private SleepUnit sleepUnit = SleepUnit.HOURS;
    private int stepsColumn = ColumnMapping.NONE;
    private int filterColumn = ColumnMapping.NONE;
    private String filterValue = "";
    private boolean leaveOutBadRows;
    private int activeColumn = ColumnMapping.NONE;
    private int inBedColumn = ColumnMapping.NONE;
    private int painColumn = ColumnMapping.NONE;
    private int painScale = 10;

    private Mapping(int dateColumn, DateFormat dateFormat) {
        this.dateColumn = dateColumn;
        this.dateFormat = dateFormat;
    }

    static Mapping day(int column, DateFormat format) {
        return new Mapping(column, format);
    }

    /** The times in the file are in this zone (null: each row's date as written). */
    Mapping in(ZoneId zone) {
        this.fileZone = zone;
        return this;
    }

    Mapping sleep(int column, SleepUnit unit) {
        this.sleepColumn = column;
        this.sleepUnit = unit;
        return this;
    }

    Mapping inBed(int column) {
        this.inBedColumn = column;
        return this;
    }

    Mapping steps(int column) {
        this.stepsColumn = column;
        return this;
    }

    Mapping active(int column) {
        this.activeColumn = column;
        return this;
    }

    Mapping pain(int column, int scale) {
        this.painColumn = column;
        this.painScale = scale;
        return this;
    }

    /** Only the rows whose {@code column} holds {@code value}: one person or device of several. */
    Mapping rowsWhere(int column, String value) {
        this.filterColumn = column;
        this.filterValue = value;
        return this;
    }

    Mapping leavingOutBadRows() {
        this.leaveOutBadRows = true;
        return this;
    }

    ColumnMapping build() {
        return new ColumnMapping(
                dateColumn,
                dateFormat,
                fileZone,
                sleepColumn,
                sleepUnit,
                stepsColumn,
                filterColumn,
                filterValue,
                leaveOutBadRows,
                activeColumn,
                inBedColumn,
                painColumn,
                painScale);
    }
}
