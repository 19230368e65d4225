package org.legible.importers.applehealth;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.legible.importers.files.UnreadableExport;
import org.legible.support.Fixtures;

/**
 * The plain scanner against the parser it stands in for: on every file it reads, the same records and counts; on
 * everything outside the part of XML it checks, or not well formed, it steps aside (and the parser decides).
 */
class PlainScannerTest {

    /** What one reader made of a file: its records and counts, or null counts when it refused or stepped aside. */
    record Reading(List<HealthRecord> records, AppleHealthReader.Counts counts) {
        boolean read() {
            return counts != null;
        }
    }

    static Reading parser(byte[] file) throws IOException {
        List<HealthRecord> records = new ArrayList<>();
        try {
            return new Reading(records, new AppleHealthReader().read(new ByteArrayInputStream(file), records::add));
        } catch (UnreadableExport refused) {
            return new Reading(List.of(), null);
        }
    }

    static Reading scanner(byte[] file) throws IOException {
        List<HealthRecord> records = new ArrayList<>();
        try {
            return new Reading(
                    records, new PlainScanner(new DoctypeRemover(new ByteArrayInputStream(file))).scan(records::add));
        } catch (PlainScanner.NotPlain | UnreadableExport stepAside) {
            return new Reading(List.of(), null);
        }
    }

    private static byte[] export(String records) {
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<HealthData locale=\"en_GB\">\n" + records
                        + "</HealthData>\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static String steps(String source, String value) {
        return "<Record type=\"HKQuantityTypeIdentifierStepCount\" sourceName=\"" + source + "\" unit=\"count\""
                + " startDate=\"2026-06-01 09:00:00 +0100\" endDate=\"2026-06-01 09:10:00 +0100\" value=\"" + value
                + "\"/>\n";
    }

    @Test
    void real_exports_give_the_parsers_records_and_counts() throws IOException {
        for (String name : List.of(
                "apple-health/healthkit-to-sqlite/export.xml",
                "apple-health/healthkit-to-sqlite/zip_export.xml",
                "apple-health/apple-health-parser/export.xml",
                "apple-health/opendroid-hk/sampleexport.xml",
                "apple-health/opendroid-hk/sampleexport-2.xml",
                "apple-health/opendroid-hk/audio_exposure.xml")) {
            byte[] file = Files.readAllBytes(Fixtures.path(name));
            Reading parser = parser(file);
            Reading scanner = scanner(file);
            assertThat(parser.read()).as(name).isTrue();
            assertThat(scanner).as(name).isEqualTo(parser);
        }
    }

    @Test
    void values_come_out_as_the_parser_gives_them() throws IOException {
        String records = steps("  Ann's Watch  ", " 1200 ")
                + steps("Ann&apos;s &amp; Bob&#x2019;s &#233;t&#xE9; &lt;phone&gt;", "12.5")
                + steps("tab\there\nnew line\r\nand\rcarriage", "3")
                + steps("Zoë’s 📱 iPhone", "7")
                + steps("", "")
                + steps("&#10; edges &#9;", "1e2")
                + "<Record type='HKQuantityTypeIdentifierStepCount' sourceName='single \"quotes\"' value='4'"
                + " startDate = '2026-06-01 09:00:00 +0100'\n\tendDate='2026-06-01 09:10:00 +0100' />\n"
                + "<Record type=\"HKCategoryTypeIdentifierSleepAnalysis\" sourceName=\"Watch\""
                + " startDate=\"2026-06-01 01:00:00 +0100\" endDate=\"2026-06-01 06:00:00 +0100\""
                + " value=\" HKCategoryValueSleepAnalysisAsleepCore \"><MetadataEntry key=\"a\" value=\"b\"/>"
                + "</Record>\n<!-- a comment - with a dash -->\n"
                + "<Correlation type=\"Food\"><Record type=\"HKQuantityTypeIdentifierStepCount\" value=\"9\""
                + " startDate=\"2026-06-01 09:00:00 +0100\" endDate=\"2026-06-01 09:10:00 +0100\"/></Correlation>\n"
                + "<Correlation type=\"Empty\"/>\n" + steps("After", "5") + "text &amp; more ] ]> text\n";
        byte[] file = export(records);

        Reading parser = parser(file);
        assertThat(parser.read()).isTrue();
        assertThat(parser.records()).extracting(HealthRecord::source).contains("Ann's Watch", "Zoë’s 📱 iPhone");
        assertThat(scanner(file)).isEqualTo(parser);
    }

    @Test
    void anything_outside_plain_xml_or_not_well_formed_is_left_to_the_parser() throws IOException {
        String ok = steps("iPhone", "1");
        List<String> notPlain = List.of(
                ok + "<![CDATA[ text ]]>",
                ok + "<?pi data?>",
                ok + "<h:Record xmlns:h=\"urn:x\" type=\"x\"/>",
                ok + "<Record ns:type=\"x\"/>",
                ok + "<Record type=\"a\" type=\"b\"/>",
                ok + "<Record type=\"a&xxe;\"/>",
                ok + "<Record type=\"a<b\"/>",
                ok + "<Record type=\"a\"value=\"b\"/>",
                ok + "<Record type=\"\u0001\"/>",
                ok + "<!-- a -- b -->",
                ok + "<Record></Recor>",
                ok + "<Record>",
                ok + "text ]]> more",
                ok + "<Record type=\"&#0;\"/>",
                ok + "<Record type=\"&#xD800;\"/>",
                ok + "<Rëcord/>");
        for (String records : notPlain) {
            byte[] file = export(records);
            assertThat(scanner(file).read()).as(records).isFalse();
        }
        byte[] truncated = export(ok + ok);
        truncated = java.util.Arrays.copyOf(truncated, truncated.length - 30);
        assertThat(scanner(truncated).read()).isFalse();
        assertThat(scanner((export(ok) + "<after/>").getBytes(StandardCharsets.UTF_8))
                        .read())
                .isFalse();
        byte[] latin1 = ("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<HealthData>" + steps("Anaïs", "1")
                        + "</HealthData>")
                .getBytes(StandardCharsets.ISO_8859_1);
        assertThat(scanner(latin1).read()).isFalse();
        assertThat(parser(latin1).records()).extracting(HealthRecord::source).containsExactly("Anaïs");
        byte[] brokenUtf8 = export(steps("a\u00e9b", "1"));
        for (int i = 0; i < brokenUtf8.length; i++) {
            if (brokenUtf8[i] == (byte) 0xC3) {
                brokenUtf8[i + 1] = 'x';
            }
        }
        assertThat(scanner(brokenUtf8).read()).isFalse();
        assertThat(parser(brokenUtf8).read()).isFalse();
        byte[] svg = "<?xml version=\"1.0\"?><svg/>".getBytes(StandardCharsets.UTF_8);
        assertThat(scanner(svg).read()).isFalse();
    }

    @Test
    void a_document_type_is_taken_out_first_and_a_bom_or_bare_root_is_fine() throws IOException {
        byte[] withDtd =
                ("<?xml version='1.0' standalone='yes' ?>\n<!DOCTYPE HealthData [\n<!ELEMENT HealthData ANY>\n]>"
                                + "\n<!-- before -->\n<HealthData>" + steps("iPhone", "3")
                                + "</HealthData>\n<!-- after -->\n")
                        .getBytes(StandardCharsets.UTF_8);
        assertThat(scanner(withDtd)).isEqualTo(parser(withDtd));
        assertThat(scanner(withDtd).records()).hasSize(1);

        byte[] bom = ("\uFEFF<HealthData>" + steps("iPhone", "3") + "</HealthData>").getBytes(StandardCharsets.UTF_8);
        assertThat(scanner(bom)).isEqualTo(parser(bom));
        assertThat(scanner(bom).read()).isTrue();
        byte[] empty = "<HealthData/>".getBytes(StandardCharsets.UTF_8);
        assertThat(scanner(empty)).isEqualTo(parser(empty));
        assertThat(scanner(empty).counts()).isEqualTo(new AppleHealthReader.Counts(0, 0));
    }

    @Test
    void a_tag_longer_than_the_buffer_is_read_and_one_beyond_the_limit_is_left_to_the_parser() throws IOException {
        byte[] long1 = export(steps("x".repeat(200_000), "4"));
        assertThat(scanner(long1)).isEqualTo(parser(long1));
        assertThat(scanner(long1).records()).hasSize(1);
        byte[] tooLong = export(steps("x".repeat(PlainScanner.MAX_TAG + 1), "4"));
        assertThat(scanner(tooLong).read()).isFalse();
        assertThat(parser(tooLong).read()).isTrue();
    }
}
