package org.legible.importers.applehealth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.legible.accounts.Preferences;
import org.legible.importers.files.UnreadableExport;
import org.legible.importers.files.ZipLimits;

/**
 * A plain export read from disk in two halves at once gives exactly what one pass over the same file gives, and
 * falls back to one pass whenever the cut near the middle is not between two children of the root.
 */
class ExportHalvesTest {

    private static final Preferences LONDON = new Preferences(ZoneId.of("Europe/London"), LocalTime.of(4, 0));
    private static final DateTimeFormatter APPLE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xx");
    /** Halves for any file, however small, so the tests stay quick. */
    private static final AppleHealthReader HALVING = new AppleHealthReader(ZipLimits.DEFAULT, 1);

    @TempDir
    Path dir;

    /** Sixty days of a phone and a watch: steps through the day, overlapping stretches of sleep each night. */
    private static String days(LocalDate from, int count) {
        StringBuilder records = new StringBuilder();
        for (int d = 0; d < count; d++) {
            java.time.ZonedDateTime day = from.plusDays(d).atStartOfDay(ZoneId.of("Europe/London"));
            records.append(sleep("Watch", day.minusHours(1), day.plusHours(6), "AsleepCore"));
            records.append(sleep("iPhone", day.minusHours(2), day.plusHours(7), "InBed"));
            records.append(sleep("Watch", day.plusHours(2), day.plusHours(3), "AsleepDeep"));
            for (int h = 8; h < 22; h++) {
                records.append(steps("iPhone", day.plusHours(h), 100 + d + h));
                records.append(steps("Watch", day.plusHours(h).plusMinutes(5), 120 + d));
                records.append("<Record type=\"HKQuantityTypeIdentifierHeartRate\" sourceName=\"Watch\" value=\"61\""
                        + " startDate=\"" + APPLE.format(day.plusHours(h)) + "\" endDate=\""
                        + APPLE.format(day.plusHours(h)) + "\"/>\n");
            }
        }
        return records.toString();
    }

    private static String steps(String source, java.time.ZonedDateTime start, int value) {
        return "<Record type=\"HKQuantityTypeIdentifierStepCount\" sourceName=\"" + source + "\" unit=\"count\""
                + " startDate=\"" + APPLE.format(start) + "\" endDate=\"" + APPLE.format(start.plusMinutes(10))
                + "\" value=\"" + value + "\"/>\n";
    }

    private static String sleep(String source, java.time.ZonedDateTime start, java.time.ZonedDateTime end, String v) {
        return "<Record type=\"HKCategoryTypeIdentifierSleepAnalysis\" sourceName=\"" + source + "\" startDate=\""
                + APPLE.format(start) + "\" endDate=\"" + APPLE.format(end)
                + "\" value=\"HKCategoryValueSleepAnalysis" + v + "\"/>\n";
    }

    private Path file(String body) throws IOException {
        return file(body, StandardCharsets.UTF_8, "UTF-8");
    }

    private Path file(String body, Charset charset, String declared) throws IOException {
        Path file = Files.createTempFile(dir, "export", ".xml");
        Files.writeString(
                file,
                "<?xml version=\"1.0\" encoding=\"" + declared + "\"?>\n<!DOCTYPE HealthData [\n"
                        + "<!ELEMENT HealthData (ExportDate,Me,(Record|Correlation|Workout)*)>\n]>\n"
                        + "<HealthData locale=\"en_GB\">\n<ExportDate value=\"2026-08-01 10:00:00 +0100\"/>\n"
                        + body + "</HealthData>\n",
                charset);
        return file;
    }

    /** What one pass over the file's stream finds. */
    private static DailyHealth onePass(Path file) throws IOException {
        DailyHealth days = new DailyHealth(LONDON);
        try (InputStream in = Files.newInputStream(file)) {
            new AppleHealthReader().read(in, days);
        }
        return days;
    }

    private static DailyHealth merged(AppleHealthReader.Read<DailyHealth> read) {
        DailyHealth days = new DailyHealth(LONDON);
        read.parts().forEach(days::addAll);
        return days;
    }

    @Test
    void two_halves_give_the_same_nights_steps_and_counts_as_one_pass() throws IOException {
        Path file = file(days(LocalDate.of(2026, 3, 1), 60));

        AppleHealthReader.Read<DailyHealth> read = HALVING.read(file, () -> new DailyHealth(LONDON));

        assertThat(read.parts()).as("read in two halves").hasSize(2);
        assertThat(read.parts()).allSatisfy(part -> assertThat(part.steps()).isNotEmpty());
        DailyHealth whole = onePass(file);
        assertThat(merged(read).steps()).hasSize(60).isEqualTo(whole.steps());
        assertThat(merged(read).nights()).hasSize(60).isEqualTo(whole.nights());
        assertThat(read.counts()).isEqualTo(new AppleHealthReader.Counts(60 * 45, 60 * 31));
    }

    @Test
    void a_cut_inside_a_correlation_or_a_comment_is_read_in_one_pass_with_the_same_result() throws IOException {
        String half = days(LocalDate.of(2026, 3, 1), 20);
        String correlation = "<Correlation type=\"HKCorrelationTypeIdentifierFood\" sourceName=\"Scale\">\n"
                + days(LocalDate.of(2026, 3, 1), 10) + "</Correlation>\n";
        String comment = "<!-- " + days(LocalDate.of(2026, 3, 1), 10) + " -->\n";

        for (String middle : List.of(correlation, comment)) {
            Path file = file(half + middle + days(LocalDate.of(2026, 3, 21), 20));

            AppleHealthReader.Read<DailyHealth> read = HALVING.read(file, () -> new DailyHealth(LONDON));

            assertThat(read.parts())
                    .as("the cut falls in the middle, not between children: one pass")
                    .hasSize(1);
            assertThat(merged(read).steps()).hasSize(40).isEqualTo(onePass(file).steps());
            assertThat(read.counts().used())
                    .as("records repeated in a correlation are not used")
                    .isEqualTo(40 * 31);
        }
    }

    @Test
    void a_file_broken_in_either_half_says_the_line_of_the_whole_file() throws IOException {
        String body = days(LocalDate.of(2026, 3, 1), 40);
        int lines = (int) body.lines().count();
        Path brokenLate = file(body.substring(0, body.length() * 3 / 4) + "\"<oops>");
        Path brokenEarly = file(body.substring(0, body.length() / 4) + "<Record <oops/>" + body);

        for (Path broken : List.of(brokenLate, brokenEarly)) {
            int line = lineOf(() -> onePass(broken));
            assertThat(line).isBetween(6, lines + 6);
            assertThatThrownBy(() -> HALVING.read(broken, () -> new DailyHealth(LONDON)))
                    .isInstanceOfSatisfying(
                            UnreadableExport.class, e -> assertThat(e.line()).isEqualTo(line));
        }
        Path truncated = Files.createTempFile(dir, "truncated", ".xml");
        byte[] whole = Files.readAllBytes(file(body));
        Files.write(truncated, java.util.Arrays.copyOf(whole, whole.length - 20));
        assertThatThrownBy(() -> HALVING.read(truncated, () -> new DailyHealth(LONDON)))
                .isInstanceOf(UnreadableExport.class)
                .hasMessage("xml.broken");
    }

    @Test
    void the_second_half_stops_reading_once_the_first_is_found_broken() throws IOException {
        String body = days(LocalDate.of(2026, 3, 1), 300);
        Path brokenEarly = file("<Record <oops/>" + body + body);
        List<Consumer<HealthRecord>> parts = new ArrayList<>();
        AtomicLong secondHalfRecords = new AtomicLong();

        assertThatThrownBy(() -> HALVING.read(brokenEarly, () -> {
                    // The second half dwells ten seconds on its first record unless it is interrupted; read to its
                    // end, it would hand on every record after that.
                    Consumer<HealthRecord> part = parts.size() == 1
                            ? record -> {
                                if (secondHalfRecords.incrementAndGet() == 1) {
                                    try {
                                        Thread.sleep(10_000);
                                    } catch (InterruptedException e) {
                                        Thread.currentThread().interrupt();
                                    }
                                }
                            }
                            : record -> {};
                    parts.add(part);
                    return part;
                }))
                .isInstanceOf(UnreadableExport.class);

        assertThat(parts).as("first half, second half, then the whole file").hasSize(3);
        assertThat(secondHalfRecords.get()).isLessThan(body.lines().count() / 2);
    }

    @Test
    void a_file_in_another_encoding_is_read_in_one_pass_with_its_own_characters() throws IOException {
        String body = days(LocalDate.of(2026, 3, 1), 10).replace("\"Watch\"", "\"Montre d'Anaïs\"");
        Path latin1 = file(body, StandardCharsets.ISO_8859_1, "ISO-8859-1");

        AppleHealthReader.Read<DailyHealth> read = HALVING.read(latin1, () -> new DailyHealth(LONDON));

        assertThat(read.parts()).hasSize(1);
        assertThat(read.parts().get(0).nights())
                .extracting(DailyHealth.Night::source)
                .contains("Montre d'Anaïs");
    }

    @Test
    void a_small_file_is_read_in_one_pass() throws IOException {
        Path file = file(days(LocalDate.of(2026, 3, 1), 3));

        assertThat(new AppleHealthReader()
                        .read(file, () -> new DailyHealth(LONDON))
                        .parts())
                .as("below " + AppleHealthReader.HALVES_FROM + " bytes")
                .hasSize(1);
    }

    private interface Read {
        Object run() throws IOException;
    }

    private static int lineOf(Read read) {
        try {
            read.run();
        } catch (UnreadableExport e) {
            return e.line();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("the file was read");
    }
}
