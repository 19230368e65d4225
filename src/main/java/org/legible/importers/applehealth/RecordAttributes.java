package org.legible.importers.applehealth;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import org.codehaus.stax2.typed.TypedValueDecoder;
import org.codehaus.stax2.typed.TypedXMLStreamReader;

/**
 * Reads the {@code Record} element at the parser into a {@link HealthRecord}, or says it is not one Legible uses.
 * Attributes are read from the parser's own characters into reused buffers: asking the parser for one attribute as a
 * string makes it build a string of all of the element's attributes, and with millions of records (most of them
 * heart rate, which Legible does not use) that was two thirds of all the import allocated.
 */
final class RecordAttributes {

    private static final char[] STEPS = "HKQuantityTypeIdentifierStepCount".toCharArray();
    private static final char[] SLEEP = "HKCategoryTypeIdentifierSleepAnalysis".toCharArray();
    private static final char[] EXERCISE = "HKQuantityTypeIdentifierAppleExerciseTime".toCharArray();
    private static final int MAX_SOURCES = 64;

    private static final Map<String, HealthRecord.Kind> SLEEP_VALUES = Map.ofEntries(
            Map.entry("HKCategoryValueSleepAnalysisInBed", HealthRecord.Kind.IN_BED),
            Map.entry("HKCategoryValueSleepAnalysisAsleep", HealthRecord.Kind.ASLEEP),
            Map.entry("HKCategoryValueSleepAnalysisAsleepUnspecified", HealthRecord.Kind.ASLEEP),
            Map.entry("HKCategoryValueSleepAnalysisAwake", HealthRecord.Kind.AWAKE),
            Map.entry("HKCategoryValueSleepAnalysisAsleepCore", HealthRecord.Kind.ASLEEP_CORE),
            Map.entry("HKCategoryValueSleepAnalysisAsleepDeep", HealthRecord.Kind.ASLEEP_DEEP),
            Map.entry("HKCategoryValueSleepAnalysisAsleepREM", HealthRecord.Kind.ASLEEP_REM),
            // iOS 8 wrote HealthKit's numbers: 0 in bed, 1 asleep (2–5 came later).
            Map.entry("0", HealthRecord.Kind.IN_BED),
            Map.entry("1", HealthRecord.Kind.ASLEEP),
            Map.entry("2", HealthRecord.Kind.AWAKE),
            Map.entry("3", HealthRecord.Kind.ASLEEP_CORE),
            Map.entry("4", HealthRecord.Kind.ASLEEP_DEEP),
            Map.entry("5", HealthRecord.Kind.ASLEEP_REM));

    /** Where the attributes of the record at hand come from: the parser, or {@link PlainScanner}. */
    interface Values {
        /** Copies the named attribute's value into {@code into}; false when the record has none. */
        boolean read(String name, Attribute into) throws XMLStreamException;
    }

    private final Values values;
    private final Attribute attribute = new Attribute();
    private final List<String> sources = new ArrayList<>();

    RecordAttributes(TypedXMLStreamReader reader) {
        this((name, into) -> {
            int index = reader.getAttributeIndex(null, name);
            if (index < 0) {
                return false;
            }
            into.length = 0;
            reader.getAttributeAs(index, into);
            return true;
        });
    }

    RecordAttributes(Values values) {
        this.values = values;
    }

    /** The record at the reader, or null when it is not one Legible uses or its values cannot be read. */
    HealthRecord record() throws XMLStreamException {
        if (!read("type")) {
            return null;
        }
        HealthRecord.Kind kind;
        double value = 0;
        if (attribute.is(STEPS) || attribute.is(EXERCISE)) {
            kind = attribute.is(STEPS) ? HealthRecord.Kind.STEPS : HealthRecord.Kind.EXERCISE_MINUTES;
            if (!read("value")) {
                return null;
            }
            value = attribute.number();
            if (!(value >= 0) || Double.isInfinite(value)) {
                return null;
            }
        } else if (attribute.is(SLEEP)) {
            kind = read("value") ? SLEEP_VALUES.get(attribute.string()) : null;
            if (kind == null) {
                return null;
            }
        } else {
            return null;
        }
        OffsetDateTime start = read("startDate") ? AppleDates.parse(attribute.chars, attribute.length) : null;
        OffsetDateTime end = read("endDate") ? AppleDates.parse(attribute.chars, attribute.length) : null;
        if (start == null || end == null || end.isBefore(start)) {
            return null;
        }
        String source = read("sourceName") || read("source") ? source() : "";
        Instant from = start.toInstant();
        Instant to = end.toInstant();
        if (kind.sleep()) {
            value = Duration.between(from, to).toSeconds() / 60.0;
        }
        return new HealthRecord(kind, source, from, to, end.getOffset(), value);
    }

    private boolean read(String name) throws XMLStreamException {
        return values.read(name, attribute);
    }

    /** The source's name, one string per app or device however many records name it. */
    private String source() {
        for (String known : sources) {
            if (attribute.is(known)) {
                return known;
            }
        }
        String name = attribute.string();
        if (sources.size() < MAX_SOURCES) {
            sources.add(name);
        }
        return name;
    }

    /** One attribute's characters, copied into a buffer that grows once and is reused. */
    static final class Attribute extends TypedValueDecoder {
        char[] chars = new char[128];
        int length;

        @Override
        public void decode(String value) {
            decode(value.toCharArray(), 0, value.length());
        }

        @Override
        public void decode(char[] buffer, int start, int end) {
            length = end - start;
            if (chars.length < length) {
                chars = new char[Math.max(length, chars.length * 2)];
            }
            System.arraycopy(buffer, start, chars, 0, length);
        }

        @Override
        public void handleEmptyValue() {
            length = 0;
        }

        boolean is(char[] text) {
            return Arrays.equals(chars, 0, length, text, 0, text.length);
        }

        boolean is(String text) {
            if (text.length() != length) {
                return false;
            }
            for (int i = 0; i < length; i++) {
                if (chars[i] != text.charAt(i)) {
                    return false;
                }
            }
            return true;
        }

        String string() {
            return new String(chars, 0, length);
        }

        /** Steps are whole numbers nearly always: read those directly; anything else as Java reads a double. */
        double number() {
            if (length > 0 && length < 16) {
                long whole = 0;
                boolean digits = true;
                for (int i = 0; i < length && digits; i++) {
                    int digit = chars[i] - '0';
                    digits = digit >= 0 && digit <= 9;
                    whole = whole * 10 + digit;
                }
                if (digits) {
                    return whole;
                }
            }
            try {
                return Double.parseDouble(string());
            } catch (NumberFormatException e) {
                return Double.NaN;
            }
        }
    }
}
