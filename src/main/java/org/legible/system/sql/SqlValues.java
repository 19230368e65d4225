package org.legible.system.sql;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * The portable schema stores instants as fixed-width ISO-8601 UTC text (so text order is time order on SQLite and
 * PostgreSQL alike) and dates as ISO text. See docs/decisions/0002-portable-schema.md.
 */
public final class SqlValues {

    private static final DateTimeFormatter INSTANT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private SqlValues() {}

    public static String instant(Instant instant) {
        return instant == null ? null : INSTANT.format(instant.truncatedTo(ChronoUnit.MILLIS));
    }

    public static Instant instant(String text) {
        return text == null ? null : Instant.parse(text);
    }

    public static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }

    public static LocalDate date(String text) {
        return text == null ? null : LocalDate.parse(text);
    }

    /** SQLite hands nullable numbers back as Integer or Long, PostgreSQL as Integer; both become Integer. */
    public static Integer integer(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }

    /**
     * SQLite hands NUMERIC back as Integer, Long or Double, PostgreSQL as BigDecimal with the column's scale; both
     * become the same plain BigDecimal (7.5, not 7.50 or 7.5000001).
     */
    public static BigDecimal decimal(Object value) {
        if (value == null) {
            return null;
        }
        BigDecimal decimal = value instanceof BigDecimal d
                ? d
                : value instanceof Double || value instanceof Float
                        ? BigDecimal.valueOf(((Number) value).doubleValue())
                        : new BigDecimal(value.toString());
        decimal = decimal.stripTrailingZeros();
        return decimal.scale() < 0 ? decimal.setScale(0) : decimal;
    }

    /** SQLite keeps BOOLEAN as 0/1 integers; PostgreSQL as booleans. */
    public static Boolean bool(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Boolean b) {
            return b;
        }
        return ((Number) value).intValue() != 0;
    }
}
