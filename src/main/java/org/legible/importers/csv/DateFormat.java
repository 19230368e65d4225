package org.legible.importers.csv;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;

/**
 * The ways a spreadsheet or another app writes a day, as the person picks on the mapping page. Parsing is strict: a
 * value in another shape, or a day that does not exist (30 February), is not read, so a column that mixes formats
 * shows its odd rows in the preview instead of landing them on wrong days. A time of day, when written, is kept only
 * to move the value from the file's time zone to the person's.
 */
public enum DateFormat {
    ISO("2024-03-01", "uuuu-MM-dd"),
    US("3/1/2024", "M/d/uuuu"),
    DAY_FIRST("1/3/2024", "d/M/uuuu"),
    DOTTED("1.3.2024", "d.M.uuuu"),
    US_WITH_TIME("3/1/2024 9:30:00 PM", "M/d/uuuu h:mm:ss a"),
    ISO_WITH_TIME("2024-03-01 21:30 or 2024-03-01T21:30:00+01:00", null);

    private final String example;
    private final DateTimeFormatter formatter;

    DateFormat(String example, String pattern) {
        this.example = example;
        this.formatter = pattern == null
                ? null
                : new DateTimeFormatterBuilder()
                        .parseCaseInsensitive()
                        .appendPattern(pattern)
                        .toFormatter(Locale.ROOT)
                        .withResolverStyle(ResolverStyle.STRICT);
    }

    public String example() {
        return example;
    }

    /**
     * The day a value names: its date, or, with a time and a zone for the file, the date in the person's zone of
     * that moment. Null when the value does not fit this format.
     */
    public LocalDate day(String value, ZoneId fileZone, ZoneId personZone) {
        String text = value.strip();
        try {
            if (this == ISO_WITH_TIME) {
                return isoWithTime(text, fileZone, personZone);
            }
            if (this == US_WITH_TIME) {
                LocalDateTime at = LocalDateTime.parse(text, formatter);
                return fileZone == null
                        ? at.toLocalDate()
                        : at.atZone(fileZone).withZoneSameInstant(personZone).toLocalDate();
            }
            return LocalDate.parse(text, formatter);
        } catch (DateTimeException e) {
            // Unreadable, or readable but beyond what a date can hold in the person's zone
            // (+999999999-12-31T23:59-18:00).
            return null;
        }
    }

    private static LocalDate isoWithTime(String text, ZoneId fileZone, ZoneId personZone) {
        String t = text.replace(' ', 'T');
        try {
            // A value that says its own offset: that wins over the zone chosen for the file.
            return OffsetDateTime.parse(t).atZoneSameInstant(personZone).toLocalDate();
        } catch (DateTimeParseException e) {
            LocalDateTime at = LocalDateTime.parse(t, DateTimeFormatter.ISO_LOCAL_DATE_TIME);
            return fileZone == null
                    ? at.toLocalDate()
                    : at.atZone(fileZone).withZoneSameInstant(personZone).toLocalDate();
        }
    }
}
