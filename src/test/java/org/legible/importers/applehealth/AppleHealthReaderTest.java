package org.legible.importers.applehealth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.legible.accounts.Preferences;
import org.legible.importers.files.UnreadableExport;
import org.legible.importers.files.ZipLimits;
import org.legible.support.Fixtures;

/** The Apple Health reader on real exports (../shared/fixtures) and on generated files for each edge case. */
class AppleHealthReaderTest {

    private static final Preferences AMSTERDAM = new Preferences(ZoneId.of("Europe/Amsterdam"), LocalTime.of(4, 0));
    private static final Preferences LONDON = new Preferences(ZoneId.of("Europe/London"), LocalTime.of(4, 0));
    private static final Preferences LOS_ANGELES =
            new Preferences(ZoneId.of("America/Los_Angeles"), LocalTime.of(4, 0));

    private static DailyHealth read(InputStream in, Preferences preferences) throws IOException {
        DailyHealth days = new DailyHealth(preferences);
        new AppleHealthReader().read(in, days);
        return days;
    }

    private static InputStream xml(String body) {
        return new ByteArrayInputStream(
                ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + body).getBytes(StandardCharsets.UTF_8));
    }

    private static String steps(String source, String start, String end, int value) {
        return "<Record type=\"HKQuantityTypeIdentifierStepCount\" sourceName=\"" + source + "\" unit=\"count\""
                + " startDate=\"" + start + "\" endDate=\"" + end + "\" value=\"" + value + "\"/>\n";
    }

    private static String sleep(String source, String start, String end, String value) {
        return "<Record type=\"HKCategoryTypeIdentifierSleepAnalysis\" sourceName=\"" + source + "\""
                + " startDate=\"" + start + "\" endDate=\"" + end + "\" value=\"HKCategoryValueSleepAnalysis" + value
                + "\"/>\n";
    }

    @Test
    void dates_read_by_position_agree_with_the_jdk_formatter_and_impossible_ones_are_not_read() {
        java.time.format.DateTimeFormatter apple =
                java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xx");
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < 20_000; i++) {
            java.time.OffsetDateTime when = java.time.OffsetDateTime.ofInstant(
                    java.time.Instant.ofEpochSecond(random.nextLong(0, 4_102_444_800L)),
                    java.time.ZoneOffset.ofTotalSeconds(random.nextInt(-18 * 4, 18 * 4 + 1) * 900));
            String text = apple.format(when);
            assertThat(AppleDates.parse(text)).as(text).isEqualTo(java.time.OffsetDateTime.parse(text, apple));
        }
        assertThat(AppleDates.parse("2024-02-29 23:59:59 -0330"))
                .isEqualTo(java.time.OffsetDateTime.parse("2024-02-29T23:59:59-03:30"));
        assertThat(AppleDates.parse("2023-02-29 10:00:00 +0000")).isNull();
        assertThat(AppleDates.parse("2024-06-01 24:00:00 +0000")).isNull();
        assertThat(AppleDates.parse("2024-06-01 08:1a:00 +0000")).isNull();
        assertThat(AppleDates.parse("2024-06-01 08:10:00 *0000")).isNull();
        assertThat(AppleDates.parse("2024-06-01 08:10:00 +1900")).isNull();
        assertThat(AppleDates.parse("20140919102859-0800"))
                .isEqualTo(java.time.OffsetDateTime.parse("2014-09-19T10:28:59-08:00"));
    }

    @Test
    void a_real_export_gives_the_watchs_night_and_ignores_what_legible_does_not_use() throws IOException {
        List<HealthRecord> used = new ArrayList<>();
        AppleHealthReader.Counts counts;
        try (InputStream in = Files.newInputStream(Fixtures.path("apple-health/apple-health-parser/export.xml"))) {
            counts = new AppleHealthReader().read(in, used::add);
        }
        // Eight records: two heart rates, two active energies, exercise and stand time, and two sleep records; the
        // exercise minutes and the two sleep records are used.
        assertThat(counts).isEqualTo(new AppleHealthReader.Counts(8, 3));

        DailyHealth days = new DailyHealth(AMSTERDAM);
        used.forEach(days);
        // iPhone in bed 00:55:28–00:56:53 (+02:00); watch core sleep 03:27:53–03:40:23: 12.5 minutes asleep.
        assertThat(days.nights())
                .containsExactly(new DailyHealth.Night(
                        LocalDate.of(2024, 1, 1), "Alexandre's Apple Watch", 12.5, 12.5, 12.5, 0, 0, true));
        assertThat(days.steps()).isEmpty();
    }

    @Test
    void the_phones_zip_reads_the_same_as_its_xml() throws IOException {
        try (InputStream in = Files.newInputStream(Fixtures.path("apple-health/apple-health-parser/export.zip"))) {
            assertThat(read(in, AMSTERDAM).nights())
                    .extracting(DailyHealth.Night::asleepMinutes)
                    .containsExactly(12.5);
        }
    }

    @Test
    void an_export_with_its_internal_dtd_reads_without_using_it() throws IOException {
        try (InputStream in = Files.newInputStream(Fixtures.path("apple-health/opendroid-hk/sampleexport-2.xml"))) {
            // Three step records on 19 Sep 2014 (-08:00 as the phone wrote it): 143 + 66 + 223.
            assertThat(read(in, LOS_ANGELES).steps())
                    .containsExactly(new DailyHealth.Steps(LocalDate.of(2014, 9, 19), "DonorTwo's iPhone", 432));
        }
        try (InputStream in = Files.newInputStream(Fixtures.path("apple-health/healthkit-to-sqlite/export.xml"))) {
            assertThat(new AppleHealthReader().read(in, r -> {}).used()).isZero();
        }
    }

    @Test
    void a_phone_and_a_watch_counting_the_same_day_are_never_added_together() throws IOException {
        DailyHealth days = read(
                xml("<HealthData locale=\"en_GB\">\n"
                        + steps("Ann's iPhone", "2026-06-01 09:00:00 +0100", "2026-06-01 10:00:00 +0100", 3000)
                        + steps("Ann's iPhone", "2026-06-01 15:00:00 +0100", "2026-06-01 16:00:00 +0100", 2000)
                        + steps("Ann's Apple Watch", "2026-06-01 09:00:00 +0100", "2026-06-01 16:00:00 +0100", 4800)
                        + "</HealthData>"),
                LONDON);

        assertThat(days.steps()).containsExactly(new DailyHealth.Steps(LocalDate.of(2026, 6, 1), "Ann's iPhone", 5000));
    }

    @Test
    void exercise_minutes_come_from_the_source_with_the_most_of_them_beside_the_days_steps() throws IOException {
        String exercise = "<Record type=\"HKQuantityTypeIdentifierAppleExerciseTime\" sourceName=\"%s\" unit=\"min\""
                + " startDate=\"%s\" endDate=\"%s\" value=\"%d\"/>\n";
        DailyHealth days = read(
                xml("<HealthData locale=\"en_GB\">\n"
                        + steps("Ann's iPhone", "2026-06-01 09:00:00 +0100", "2026-06-01 10:00:00 +0100", 5000)
                        + steps("Ann's Apple Watch", "2026-06-01 09:00:00 +0100", "2026-06-01 10:00:00 +0100", 4800)
                        + exercise.formatted(
                                "Ann's Apple Watch", "2026-06-01 09:10:00 +0100", "2026-06-01 09:30:00 +0100", 20)
                        + exercise.formatted(
                                "Ann's Apple Watch", "2026-06-01 18:00:00 +0100", "2026-06-01 18:12:00 +0100", 12)
                        + exercise.formatted(
                                "Ann's iPhone", "2026-06-01 09:10:00 +0100", "2026-06-01 09:15:00 +0100", 5)
                        // the next diary day (after the 04:00 boundary): not this day's
                        + exercise.formatted(
                                "Ann's Apple Watch", "2026-06-02 04:30:00 +0100", "2026-06-02 04:40:00 +0100", 10)
                        + "</HealthData>"),
                LONDON);

        // Steps from the phone (more of them), exercise minutes from the watch (20 + 12, never added to the phone's).
        assertThat(days.steps())
                .containsExactly(new DailyHealth.Steps(LocalDate.of(2026, 6, 1), "Ann's iPhone", 5000, 32));
    }

    @Test
    void records_repeated_inside_a_correlation_count_once() throws IOException {
        String record = steps("Scale", "2026-06-01 09:00:00 +0100", "2026-06-01 09:05:00 +0100", 100);
        DailyHealth days = read(
                xml("<HealthData locale=\"en_GB\">\n" + record
                        + "<Correlation type=\"HKCorrelationTypeIdentifierFood\" sourceName=\"Scale\">" + record
                        + "</Correlation>\n</HealthData>"),
                LONDON);

        assertThat(days.steps()).extracting(DailyHealth.Steps::steps).containsExactly(100L);
    }

    @Test
    void a_night_across_the_clocks_going_forward_keeps_its_true_length_on_one_day() throws IOException {
        // Clocks go forward at 01:00 GMT on 29 Mar 2026: 23:00 GMT to 07:00 BST is 7 hours, not 8.
        DailyHealth days = read(
                xml("<HealthData locale=\"en_GB\">\n"
                        + sleep("Watch", "2026-03-28 23:00:00 +0000", "2026-03-29 07:00:00 +0100", "InBed")
                        + sleep("Watch", "2026-03-28 23:30:00 +0000", "2026-03-29 03:00:00 +0100", "AsleepCore")
                        + sleep("Watch", "2026-03-29 02:30:00 +0100", "2026-03-29 06:30:00 +0100", "AsleepREM")
                        + "</HealthData>"),
                LONDON);

        // Asleep 23:30 GMT to 06:30 BST with the core and REM stretches overlapping by 30 minutes: 6 h = 360 min.
        assertThat(days.nights())
                .containsExactly(
                        new DailyHealth.Night(LocalDate.of(2026, 3, 29), "Watch", 360, 420, 150, 0, 240, true));
    }

    @Test
    void the_ios_8_format_with_its_compact_dates_and_source_attribute_is_read() throws IOException {
        DailyHealth days = read(
                xml("<HealthData locale=\"en_US\">\n"
                        + "<Record type=\"HKQuantityTypeIdentifierStepCount\" source=\"iPhone\" unit=\"count\""
                        + " startDate=\"20141018134125+0200\" endDate=\"20141018134725+0200\" value=\"321\"/>\n"
                        + "<Record type=\"HKCategoryTypeIdentifierSleepAnalysis\" source=\"iPhone\""
                        + " startDate=\"20141018000000+0200\" endDate=\"20141018063000+0200\" value=\"0\"/>\n"
                        + "</HealthData>"),
                AMSTERDAM);

        assertThat(days.steps()).containsExactly(new DailyHealth.Steps(LocalDate.of(2014, 10, 18), "iPhone", 321));
        assertThat(days.nights())
                .as("only time in bed was recorded: the time asleep is not known, and not 0")
                .containsExactly(new DailyHealth.Night(LocalDate.of(2014, 10, 18), "iPhone", 0, 390, 0, 0, 0, false));
    }

    @Test
    void a_broken_internal_dtd_does_not_stop_the_import() throws IOException {
        DailyHealth days = read(
                xml("<!DOCTYPE HealthData [\n<!ELEMENT HealthData (Record*)>\n"
                        + "<!ATTLIST Record type CDATA #REQUIRED value \"unclosed >\n<!ELEMENT Oops (\n]>\n"
                        + "<HealthData locale=\"en_GB\">\n"
                        + steps("iPhone", "2026-06-01 09:00:00 +0100", "2026-06-01 10:00:00 +0100", 42)
                        + "</HealthData>"),
                LONDON);

        assertThat(days.steps()).extracting(DailyHealth.Steps::steps).containsExactly(42L);
    }

    @Test
    void an_external_entity_or_an_entity_bomb_is_refused_and_nothing_is_read_from_elsewhere() {
        String external = "<!DOCTYPE HealthData [<!ENTITY xxe SYSTEM \"file:///etc/hostname\">]>\n"
                + "<HealthData locale=\"en_GB\">\n"
                + steps("&xxe;", "2026-06-01 09:00:00 +0100", "2026-06-01 10:00:00 +0100", 1)
                + "</HealthData>";
        List<HealthRecord> seen = new ArrayList<>();
        assertThatThrownBy(() -> new AppleHealthReader().read(xml(external), seen::add))
                .isInstanceOf(UnreadableExport.class)
                .hasMessage("xml.broken");
        assertThat(seen).isEmpty();

        StringBuilder bomb = new StringBuilder("<!DOCTYPE HealthData [<!ENTITY a0 \"lol\">");
        for (int i = 1; i < 10; i++) {
            bomb.append("<!ENTITY a").append(i).append(" \"");
            bomb.append(("&a" + (i - 1) + ";").repeat(10)).append("\">");
        }
        bomb.append("]>\n<HealthData locale=\"&a9;\"></HealthData>");
        assertThatThrownBy(() -> new AppleHealthReader().read(xml(bomb.toString()), r -> {}))
                .isInstanceOf(UnreadableExport.class);
    }

    @Test
    void a_truncated_file_says_where_it_broke_and_a_file_that_is_not_an_export_says_so() {
        String truncated = "<HealthData locale=\"en_GB\">\n"
                + steps("iPhone", "2026-06-01 09:00:00 +0100", "2026-06-01 10:00:00 +0100", 42)
                + "<Record type=\"HKQuantityTypeIdentifierStepCount\" sourceName=\"iPh";
        assertThatThrownBy(() -> new AppleHealthReader().read(xml(truncated), r -> {}))
                .isInstanceOfSatisfying(
                        UnreadableExport.class, e -> assertThat(e.line()).isEqualTo(4));
        assertThatThrownBy(() -> new AppleHealthReader().read(xml("<svg></svg>"), r -> {}))
                .hasMessage("xml.notHealthData");
    }

    private static byte[] zip(String name, byte[] content, int copies) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i < copies; i++) {
                zip.putNextEntry(new ZipEntry(copies == 1 ? name : i + "-" + name));
                zip.write(content);
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    @Test
    void a_zip_bomb_or_too_many_entries_is_refused_and_entry_names_are_never_paths() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("padding.bin"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 64; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        assertThat(bytes.size()).as("64 MB of zeros compress to almost nothing").isLessThan(1 << 20);
        assertThatThrownBy(() -> new AppleHealthReader().read(new ByteArrayInputStream(bytes.toByteArray()), r -> {}))
                .hasMessage("zip.bomb");

        byte[] export = ("<HealthData locale=\"en_GB\">\n"
                        + steps("iPhone", "2026-06-01 09:00:00 +0100", "2026-06-01 10:00:00 +0100", 42)
                        + "</HealthData>")
                .getBytes(StandardCharsets.UTF_8);
        AppleHealthReader strict = new AppleHealthReader(new ZipLimits(3, 1 << 30, 200));
        assertThatThrownBy(() -> strict.read(new ByteArrayInputStream(zip("note.txt", new byte[10], 4)), r -> {}))
                .hasMessage("zip.tooManyEntries");

        DailyHealth days = new DailyHealth(LONDON);
        new AppleHealthReader().read(new ByteArrayInputStream(zip("../../evil/export.xml", export, 1)), days);
        assertThat(days.steps()).extracting(DailyHealth.Steps::steps).containsExactly(42L);
        assertThat(Path.of("../../evil")).doesNotExist();
        assertThatThrownBy(() -> new AppleHealthReader()
                        .read(new ByteArrayInputStream(zip("readme.txt", new byte[10], 1)), r -> {}))
                .hasMessage("zip.noExport");
        byte[] cut = java.util.Arrays.copyOf(zip("export.xml", export, 1), 60);
        assertThatThrownBy(() -> new AppleHealthReader().read(new ByteArrayInputStream(cut), r -> {}))
                .as("a zip cut short")
                .isInstanceOf(UnreadableExport.class);
    }
}
