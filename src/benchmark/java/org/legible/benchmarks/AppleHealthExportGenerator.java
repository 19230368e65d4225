package org.legible.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Random;

/**
 * Writes an Apple Health {@code export.xml} of a chosen size, shaped like a real one from a phone and a watch: the
 * DTD the phone writes, an {@code ExportDate} and {@code Me}, then day after day of heart-rate records (the bulk of
 * a real export, with a metadata child), active energy, steps from both the phone and the watch, a night of sleep
 * stages from the watch, and now and then a blood-pressure {@code Correlation} whose records repeat at top level.
 * Days run through Europe/London, so the offsets change at daylight saving. The {@code phone} shape is an iPhone
 * alone: many small records with no device and no metadata (steps, distance and flights a minute or two apart) and
 * nights the Clock app wrote as time in bed only.
 *
 * <p>{@code java -cp … org.legible.benchmarks.AppleHealthExportGenerator OUT.xml MEGABYTES [SEED] [watch|phone]}
 */
public final class AppleHealthExportGenerator {

    private static final DateTimeFormatter APPLE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xx");
    private static final String WATCH = "Sam’s Apple Watch";
    private static final String PHONE = "Sam’s iPhone";
    private static final String WATCH_DEVICE =
            "&lt;&lt;HKDevice: 0x28356e8f0&gt;, name:Apple Watch, manufacturer:Apple Inc., model:Watch,"
                    + " hardware:Watch6,1, software:10.1&gt;";
    private static final String PHONE_DEVICE =
            "&lt;&lt;HKDevice: 0x2835a1f40&gt;, name:iPhone, manufacturer:Apple Inc., model:iPhone,"
                    + " hardware:iPhone15,2, software:17.1&gt;";

    /** What was written: records at top level and inside correlations, and bytes. */
    public record Written(long records, long bytes) {}

    private final Random random;
    private final boolean phoneOnly;
    private long records;

    AppleHealthExportGenerator(long seed) {
        this(seed, false);
    }

    AppleHealthExportGenerator(long seed, boolean phoneOnly) {
        this.random = new Random(seed);
        this.phoneOnly = phoneOnly;
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: AppleHealthExportGenerator OUT.xml MEGABYTES [SEED] [watch|phone]");
            System.exit(2);
        }
        long bytes = Long.parseLong(args[1]) << 20;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 1;
        boolean phone = args.length > 3 && "phone".equals(args[3]);
        Written written = new AppleHealthExportGenerator(seed, phone).write(Path.of(args[0]), bytes);
        System.out.printf("%s: %,d records, %,d bytes%n", args[0], written.records(), written.bytes());
    }

    Written write(Path file, long targetBytes) throws IOException {
        try (CountingStream counted = new CountingStream(Files.newOutputStream(file));
                Writer out = new BufferedWriter(new OutputStreamWriter(counted, StandardCharsets.UTF_8), 1 << 16)) {
            out.write(PROLOG);
            ZonedDateTime day = ZonedDateTime.of(2019, 1, 1, 0, 0, 0, 0, ZoneId.of("Europe/London"));
            while (counted.count < targetBytes) {
                writeDay(out, day);
                out.flush();
                day = day.plusDays(1);
            }
            out.write("</HealthData>\n");
            out.flush();
            return new Written(records, counted.count);
        }
    }

    private void writeDay(Writer out, ZonedDateTime midnight) throws IOException {
        if (phoneOnly) {
            writePhoneDay(out, midnight);
            return;
        }
        // A night of sleep stages from the watch, from about 23:10 the evening before.
        ZonedDateTime t = midnight.minusMinutes(50 + random.nextInt(40));
        out.write(record(
                "HKCategoryTypeIdentifierSleepAnalysis",
                WATCH,
                WATCH_DEVICE,
                null,
                t,
                t.plusHours(8),
                "HKCategoryValueSleepAnalysisInBed"));
        String[] stages = {
            "HKCategoryValueSleepAnalysisAsleepCore",
            "HKCategoryValueSleepAnalysisAsleepDeep",
            "HKCategoryValueSleepAnalysisAsleepREM",
            "HKCategoryValueSleepAnalysisAwake"
        };
        ZonedDateTime end = t.plusHours(8);
        while (t.isBefore(end)) {
            ZonedDateTime next = t.plusMinutes(10 + random.nextInt(50));
            if (next.isAfter(end)) {
                next = end;
            }
            out.write(record(
                    "HKCategoryTypeIdentifierSleepAnalysis",
                    WATCH,
                    WATCH_DEVICE,
                    null,
                    t,
                    next,
                    stages[random.nextInt(stages.length)]));
            t = next;
        }
        // The waking day: heart rate every few minutes, energy and steps from both devices.
        for (ZonedDateTime m = midnight.plusHours(7); m.isBefore(midnight.plusHours(23)); m = m.plusMinutes(5)) {
            out.write(heartRate(m));
            out.write(record(
                    "HKQuantityTypeIdentifierActiveEnergyBurned",
                    WATCH,
                    WATCH_DEVICE,
                    "kcal",
                    m,
                    m.plusMinutes(1),
                    String.format("%.3f", random.nextDouble() * 3)));
            if (random.nextInt(3) == 0) {
                String steps = Integer.toString(random.nextInt(400));
                out.write(record("HKQuantityTypeIdentifierStepCount", PHONE, PHONE_DEVICE, "count", m, m.plusMinutes(4), steps));
                out.write(record("HKQuantityTypeIdentifierStepCount", WATCH, WATCH_DEVICE, "count", m, m.plusMinutes(4), steps));
            }
        }
        if (random.nextInt(7) == 0) {
            out.write(bloodPressure(midnight.plusHours(9)));
        }
    }

    /** An iPhone alone: the Clock app's time in bed, then steps, distance and flights every minute or two. */
    private void writePhoneDay(Writer out, ZonedDateTime midnight) throws IOException {
        ZonedDateTime bed = midnight.minusMinutes(30 + random.nextInt(60));
        out.write(record(
                "HKCategoryTypeIdentifierSleepAnalysis",
                "Clock",
                null,
                null,
                bed,
                bed.plusMinutes(420 + random.nextInt(90)),
                "HKCategoryValueSleepAnalysisInBed"));
        for (ZonedDateTime m = midnight.plusHours(7); m.isBefore(midnight.plusHours(23)); ) {
            ZonedDateTime next = m.plusSeconds(40 + random.nextInt(100));
            out.write(record("HKQuantityTypeIdentifierStepCount", PHONE, null, "count", m, next,
                    Integer.toString(1 + random.nextInt(150))));
            out.write(record("HKQuantityTypeIdentifierDistanceWalkingRunning", PHONE, null, "km", m, next,
                    String.format("%.4f", random.nextDouble() / 10)));
            if (random.nextInt(20) == 0) {
                out.write(record("HKQuantityTypeIdentifierFlightsClimbed", PHONE, null, "count", m, next, "1"));
            }
            m = next;
        }
    }

    private String heartRate(ZonedDateTime at) {
        records++;
        return "  <Record type=\"HKQuantityTypeIdentifierHeartRate\" sourceName=\"" + WATCH
                + "\" sourceVersion=\"10.1\" device=\"" + WATCH_DEVICE + "\" unit=\"count/min\" creationDate=\""
                + APPLE.format(at.plusSeconds(30)) + "\" startDate=\"" + APPLE.format(at) + "\" endDate=\""
                + APPLE.format(at) + "\" value=\"" + (55 + random.nextInt(60)) + "\">\n"
                + "   <MetadataEntry key=\"HKMetadataKeyHeartRateMotionContext\" value=\"" + random.nextInt(3)
                + "\"/>\n  </Record>\n";
    }

    private String bloodPressure(ZonedDateTime at) {
        String systolic = Integer.toString(110 + random.nextInt(30));
        String diastolic = Integer.toString(70 + random.nextInt(15));
        String inner = record("HKQuantityTypeIdentifierBloodPressureSystolic", PHONE, null, "mmHg", at, at, systolic)
                + record("HKQuantityTypeIdentifierBloodPressureDiastolic", PHONE, null, "mmHg", at, at, diastolic);
        return "  <Correlation type=\"HKCorrelationTypeIdentifierBloodPressure\" sourceName=\"" + PHONE
                + "\" sourceVersion=\"17.1\" creationDate=\"" + APPLE.format(at) + "\" startDate=\"" + APPLE.format(at)
                + "\" endDate=\"" + APPLE.format(at) + "\">\n" + inner + "  </Correlation>\n"
                + record("HKQuantityTypeIdentifierBloodPressureSystolic", PHONE, null, "mmHg", at, at, systolic)
                + record("HKQuantityTypeIdentifierBloodPressureDiastolic", PHONE, null, "mmHg", at, at, diastolic);
    }

    private String record(
            String type,
            String source,
            String device,
            String unit,
            ZonedDateTime start,
            ZonedDateTime end,
            String value) {
        records++;
        StringBuilder line = new StringBuilder(360)
                .append("  <Record type=\"")
                .append(type)
                .append("\" sourceName=\"")
                .append(source)
                .append("\" sourceVersion=\"17.1\"");
        if (device != null) {
            line.append(" device=\"").append(device).append('"');
        }
        if (unit != null) {
            line.append(" unit=\"").append(unit).append('"');
        }
        return line.append(" creationDate=\"")
                .append(APPLE.format(end))
                .append("\" startDate=\"")
                .append(APPLE.format(start))
                .append("\" endDate=\"")
                .append(APPLE.format(end))
                .append("\" value=\"")
                .append(value)
                .append("\"/>\n")
                .toString();
    }

    private static final String PROLOG = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE HealthData [
            <!-- HealthKit Export Version: 13 -->
            <!ELEMENT HealthData (ExportDate,Me,(Record|Correlation|Workout|ActivitySummary|ClinicalRecord)*)>
            <!ATTLIST HealthData
              locale CDATA #REQUIRED
            >
            <!ELEMENT ExportDate EMPTY>
            <!ATTLIST ExportDate
              value CDATA #REQUIRED
            >
            <!ELEMENT Record ((MetadataEntry|HeartRateVariabilityMetadataList)*)>
            <!ATTLIST Record
              type          CDATA #REQUIRED
              unit          CDATA #IMPLIED
              value         CDATA #IMPLIED
              sourceName    CDATA #REQUIRED
              sourceVersion CDATA #IMPLIED
              device        CDATA #IMPLIED
              creationDate  CDATA #IMPLIED
              startDate     CDATA #REQUIRED
              endDate       CDATA #REQUIRED
            >
            ]>
            <HealthData locale="en_GB">
             <ExportDate value="2026-11-01 09:00:00 +0000"/>
             <Me HKCharacteristicTypeIdentifierDateOfBirth="" HKCharacteristicTypeIdentifierBiologicalSex="HKBiologicalSexNotSet"/>
            """;

    /** Counts the bytes written, so the file stops at about the size asked for. */
    private static final class CountingStream extends java.io.FilterOutputStream {
        long count;

        CountingStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
            count += length;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }
    }
}
