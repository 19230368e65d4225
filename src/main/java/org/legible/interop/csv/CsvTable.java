package org.legible.interop.csv;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.legible.diary.FreeText;

/**
 * Writes one tidy table as RFC 4180 CSV: a header row, one value per cell, CRLF line ends. Free-text cells that a
 * spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) get a leading apostrophe, as OWASP advises
 * against CSV injection; the JSON export keeps the text exactly. Control characters are dropped (diary.FreeText).
 */
final class CsvTable {

    private final Writer out;

    CsvTable(Writer out, List<String> header) throws IOException {
        this.out = out;
        row(header.stream().map(h -> (Object) h).toList());
    }

    void row(List<?> values) throws IOException {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(cell(values.get(i)));
        }
        out.write("\r\n");
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = FreeText.withoutControlCharacters(
                value instanceof java.math.BigDecimal decimal ? decimal.toPlainString() : value.toString());
        if (value instanceof Text && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }

    /** Text the person typed, guarded against formula injection. */
    record Text(String value) {
        static Text of(String value) {
            return value == null ? null : new Text(value);
        }

        @Override
        public String toString() {
            return value;
        }
    }
}
