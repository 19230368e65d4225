package org.legible.importers.csv;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.legible.importers.files.UnreadableExport;

/**
 * Reads a CSV file row by row (RFC 4180: quoted fields, doubled quotes, line breaks inside quotes), never the whole
 * file. The separator (comma, semicolon or tab) is the one the header line uses most outside quotes. Text must be
 * UTF-8 (a byte-order mark is skipped). The file is untrusted, so a row may have at most {@link #MAX_COLUMNS} fields
 * of at most {@link #MAX_FIELD} characters; beyond that, or bytes that are not UTF-8, it is refused with its line.
 * The stream stays open: the caller owns it (an import reads on to the end for the file's fingerprint).
 */
public final class CsvRows {

    static final int MAX_COLUMNS = 200;
    static final int MAX_FIELD = 10_000;

    private final BufferedReader in;
    private char separator;
    private int line = 1;
    private int rowLine;
    private boolean ended;

    public CsvRows(InputStream file) {
        this.in = new BufferedReader(new InputStreamReader(
                file,
                StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)));
    }

    /** The header row, which also decides the separator; empty for an empty file. */
    public List<String> header() throws IOException {
        in.mark(MAX_FIELD * 4);
        char[] head = new char[MAX_FIELD * 4];
        int n = readQuietly(head);
        in.reset();
        if (n > 0 && head[0] == '\uFEFF') {
            in.skip(1);
        }
        separator = separatorOf(head, Math.max(n, 0));
        List<String> header = next();
        return header == null ? List.of() : header;
    }

    /** The next row, or null at the end of the file. Blank lines are skipped. */
    public List<String> next() throws IOException {
        while (!ended) {
            List<String> row = row();
            if (row != null && !(row.size() == 1 && row.get(0).isBlank())) {
                return row;
            }
        }
        return null;
    }

    /** The line of the file where the last row returned started. */
    public int line() {
        return rowLine;
    }

    private List<String> row() throws IOException {
        rowLine = line;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        while (true) {
            int c = read();
            if (c < 0) {
                ended = true;
                if (quoted) {
                    throw new UnreadableExport("csv.openQuote", rowLine);
                }
                if (!any && fields.isEmpty()) {
                    return null;
                }
                fields.add(field.toString());
                return fields;
            }
            any = true;
            if (quoted) {
                if (c == '"') {
                    in.mark(1);
                    if (read() == '"') {
                        append(field, '"');
                    } else {
                        in.reset();
                        quoted = false;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    append(field, (char) c);
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
            } else if (c == separator) {
                addField(fields, field);
            } else if (c == '\r' || c == '\n') {
                if (c == '\r') {
                    in.mark(1);
                    if (read() != '\n') {
                        in.reset();
                    }
                }
                line++;
                fields.add(field.toString());
                return fields;
            } else {
                append(field, (char) c);
            }
        }
    }

    private void addField(List<String> fields, StringBuilder field) throws UnreadableExport {
        fields.add(field.toString());
        field.setLength(0);
        if (fields.size() >= MAX_COLUMNS) {
            throw new UnreadableExport("csv.tooWide", rowLine);
        }
    }

    private void append(StringBuilder field, char c) throws UnreadableExport {
        if (field.length() >= MAX_FIELD) {
            throw new UnreadableExport("csv.fieldTooLong", rowLine);
        }
        field.append(c);
    }

    private int read() throws IOException {
        try {
            return in.read();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new UnreadableExport("csv.notUtf8", line);
        }
    }

    private int readQuietly(char[] head) throws IOException {
        try {
            return in.read(head, 0, head.length);
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new UnreadableExport("csv.notUtf8", 1);
        }
    }

    /** The separator the first line uses most outside quotes; a comma when it uses none. */
    static char separatorOf(char[] text, int length) {
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = 0; i < length && text[i] != '\n' && text[i] != '\r'; i++) {
            char c = text[i];
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                commas += c == ',' ? 1 : 0;
                semicolons += c == ';' ? 1 : 0;
                tabs += c == '\t' ? 1 : 0;
            }
        }
        if (tabs > commas && tabs > semicolons) {
            return '\t';
        }
        return semicolons > commas ? ';' : ',';
    }

    /** The separator found in the header: ';' files usually write decimals with a comma. */
    public char separator() {
        return separator;
    }
}
