package org.legible.importers.applehealth;

import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/**
 * The dates of an Apple Health export: {@code 2024-06-01 08:10:05 +0200} today, {@code 20140919102859-0800} in iOS 8
 * exports. Nearly every record carries three, so the current form is read by position from the parser's own
 * characters; a formatter's general parsing was a third of the import's time. Anything else goes to strict
 * formatters, so an impossible date (30 February) is refused rather than moved to another day.
 */
final class AppleDates {

    private static final DateTimeFormatter CURRENT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss xx").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter IOS8 =
            DateTimeFormatter.ofPattern("uuuuMMddHHmmssxx").withResolverStyle(ResolverStyle.STRICT);
    private static final int MAX_QUARTERS = 18 * 4;
    private static final ZoneOffset[] QUARTER_HOURS = new ZoneOffset[MAX_QUARTERS * 2 + 1];

    static {
        for (int i = 0; i < QUARTER_HOURS.length; i++) {
            QUARTER_HOURS[i] = ZoneOffset.ofTotalSeconds((i - MAX_QUARTERS) * 900);
        }
    }

    private AppleDates() {}

    /** The date, or null when it is neither form or not a real date. */
    static OffsetDateTime parse(String text) {
        return text == null ? null : parse(text.toCharArray(), text.length());
    }

    /** The date in the first {@code length} characters, or null. */
    static OffsetDateTime parse(char[] chars, int length) {
        OffsetDateTime current = byPosition(chars, length);
        if (current != null) {
            return current;
        }
        String text = new String(chars, 0, length).strip();
        try {
            return OffsetDateTime.parse(text, text.contains("-") && text.contains(" ") ? CURRENT : IOS8);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static OffsetDateTime byPosition(char[] c, int length) {
        if (length != 25
                || c[4] != '-'
                || c[7] != '-'
                || c[10] != ' '
                || c[13] != ':'
                || c[16] != ':'
                || c[19] != ' ') {
            return null;
        }
        char sign = c[20];
        int year = digits(c, 0, 4);
        int month = digits(c, 5, 2);
        int day = digits(c, 8, 2);
        int hour = digits(c, 11, 2);
        int minute = digits(c, 14, 2);
        int second = digits(c, 17, 2);
        int offsetHours = digits(c, 21, 2);
        int offsetMinutes = digits(c, 23, 2);
        if ((sign != '+' && sign != '-')
                || (year | month | day | hour | minute | second | offsetHours | offsetMinutes) < 0
                || month < 1
                || month > 12
                || day < 1
                || day > YearMonth.of(year, month).lengthOfMonth()
                || hour > 23
                || minute > 59
                || second > 59
                || offsetMinutes > 59) {
            return null;
        }
        int offsetSeconds = (offsetHours * 3600 + offsetMinutes * 60) * (sign == '-' ? -1 : 1);
        if (Math.abs(offsetSeconds) > MAX_QUARTERS * 900) {
            return null;
        }
        return OffsetDateTime.of(year, month, day, hour, minute, second, 0, offset(offsetSeconds));
    }

    /** Offsets in whole quarter hours (all real ones) from a table; the JDK's own cache is a shared hash map. */
    private static ZoneOffset offset(int seconds) {
        return seconds % 900 == 0 ? QUARTER_HOURS[seconds / 900 + MAX_QUARTERS] : ZoneOffset.ofTotalSeconds(seconds);
    }

    /** The decimal number in {@code count} characters from {@code from}, or -1 when one is not a digit. */
    private static int digits(char[] chars, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            int digit = chars[i] - '0';
            if (digit < 0 || digit > 9) {
                return -1;
            }
            value = value * 10 + digit;
        }
        return value;
    }
}
