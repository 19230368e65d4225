package org.legible.importers.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.legible.importers.files.UnreadableExport;

/** Reading CSV rows as spreadsheets and apps write them, and refusing what is not CSV text. */
class CsvRowsTest {

    private static List<List<String>> all(String text) throws IOException {
        return all(text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<List<String>> all(byte[] bytes) throws IOException {
        CsvRows rows = new CsvRows(new ByteArrayInputStream(bytes));
        List<List<String>> all = new ArrayList<>();
        all.add(rows.header());
        for (List<String> row = rows.next(); row != null; row = rows.next()) {
            all.add(row);
        }
        return all;
    }

    @Test
    void quoted_fields_keep_their_separators_quotes_and_line_breaks_and_lines_are_counted() throws IOException {
        CsvRows rows = new CsvRows(new ByteArrayInputStream(
                "day,note,steps\r\n2024-03-01,\"walked, then \"\"rested\"\"\",8000\r\n\r\n2024-03-02,\"two\nlines\",7000\n2024-03-03,,\n"
                        .getBytes(StandardCharsets.UTF_8)));
        assertThat(rows.header()).containsExactly("day", "note", "steps");
        assertThat(rows.next()).containsExactly("2024-03-01", "walked, then \"rested\"", "8000");
        assertThat(rows.line()).isEqualTo(2);
        assertThat(rows.next()).containsExactly("2024-03-02", "two\nlines", "7000");
        assertThat(rows.line()).as("after a blank line").isEqualTo(4);
        assertThat(rows.next()).containsExactly("2024-03-03", "", "");
        assertThat(rows.line())
                .as("a line break inside quotes is a line of the file")
                .isEqualTo(6);
        assertThat(rows.next()).isNull();
    }

    @Test
    void the_separator_is_the_one_the_header_uses_and_a_byte_order_mark_is_skipped() throws IOException {
        assertThat(all("\uFEFFDatum;Schlaf;Schritte\n1.3.2024;7,5;8000\n"))
                .containsExactly(List.of("Datum", "Schlaf", "Schritte"), List.of("1.3.2024", "7,5", "8000"));
        assertThat(all("date\tsteps\n2024-03-01\t8,000\n"))
                .containsExactly(List.of("date", "steps"), List.of("2024-03-01", "8,000"));
        assertThat(all("")).containsExactly(List.of());
    }

    @Test
    void an_open_quote_text_that_is_not_utf8_and_a_row_too_wide_are_refused_with_their_line() {
        assertThatThrownBy(() -> all("day,steps\n2024-03-01,8000\n2024-03-02,\"70"))
                .isInstanceOfSatisfying(UnreadableExport.class, e -> {
                    assertThat(e.getMessage()).isEqualTo("csv.openQuote");
                    assertThat(e.line()).isEqualTo(3);
                });
        byte[] latin1 = "day,note\n2024-03-01,caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> all(latin1)).hasMessage("csv.notUtf8");
        assertThatThrownBy(() -> all("a" + ",a".repeat(CsvRows.MAX_COLUMNS) + "\n"))
                .hasMessage("csv.tooWide");
        assertThatThrownBy(() -> all("a\n" + "x".repeat(CsvRows.MAX_FIELD + 1) + "\n"))
                .hasMessage("csv.fieldTooLong");
    }
}
