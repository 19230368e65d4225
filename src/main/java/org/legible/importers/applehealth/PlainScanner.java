package org.legible.importers.applehealth;

import java.io.IOException;
import java.io.InputStream;
import java.util.function.Consumer;
import javax.xml.stream.XMLStreamException;

/**
 * Reads the records of a plain export straight from its bytes, several times as fast as the XML parser (decision
 * 0018). It reads only the part of XML that exports are written in, and checks all of it: UTF-8, an XML declaration,
 * elements with ASCII names and no namespace prefix, attributes, comments, the five named references and character
 * references. Anything outside that part (a document type, a CDATA section, a processing instruction, another
 * encoding) and anything not well formed ends the scan with {@link NotPlain}, and the caller reads the file with the
 * parser from its start, which reads or refuses it as always. So the scanner never accepts a file the parser refuses,
 * and hands on exactly the records the parser's reading would. Memory is bounded: at most {@value #MAX_TAG} bytes for
 * one tag, {@value #MAX_DEPTH} elements deep, {@value #MAX_ATTRIBUTES} attributes on one element.
 */
final class PlainScanner {

    /** The file is not one the scanner reads; the parser decides. Carries no stack trace: it is not a fault. */
    static final class NotPlain extends Exception {
        private static final long serialVersionUID = 1L;

        NotPlain() {
            super(null, null, false, false);
        }
    }

    static final int MAX_TAG = 1 << 20;
    static final int MAX_DEPTH = 64;
    static final int MAX_ATTRIBUTES = 64;
    private static final int MAX_REFERENCE = 24;
    /** Bytes buffered ahead of each start tag, so that nearly every tag is read in one pass. */
    private static final int WINDOW = 1 << 14;

    /** Bytes a value may hold as they are: printable ASCII but for quotes, {@code <} and {@code &}. */
    private static final boolean[] VALUE_AS_IS = new boolean[256];
    /** Bytes a tag may hold outside its values without ending one or starting one. */
    private static final boolean[] TAG_AS_IS = new boolean[256];

    static {
        for (int b = 0x20; b < 0x7F; b++) {
            VALUE_AS_IS[b] = b != '"' && b != '\'' && b != '<' && b != '&';
            TAG_AS_IS[b] = b != '"' && b != '\'' && b != '<' && b != '>';
        }
        for (byte b : new byte[] {'\t', '\n', '\r'}) {
            TAG_AS_IS[b] = true;
        }
    }

    private final InputStream in;
    private byte[] buf = new byte[1 << 18];
    private int pos;
    private int limit;

    // The start tag at hand, as offsets into buf: its name and each attribute's name and value.
    private int tagName;
    private int tagNameEnd;
    private boolean selfClosing;
    private int tagEndAt;
    private int attributes;
    private final int[] attributeName = new int[MAX_ATTRIBUTES];
    private final int[] attributeNameEnd = new int[MAX_ATTRIBUTES];
    private final int[] value = new int[MAX_ATTRIBUTES];
    private final int[] valueEnd = new int[MAX_ATTRIBUTES];
    /** No reference, no white space to normalise and no byte outside ASCII: the bytes are the characters. */
    private final boolean[] asIs = new boolean[MAX_ATTRIBUTES];

    private final byte[][] open = new byte[MAX_DEPTH][];
    private int depth;
    private char[] decoded = new char[128];
    private int decodedLength;

    PlainScanner(InputStream in) {
        this.in = in;
    }

    /** Hands on each record Legible uses outside a {@code Correlation}, as the parser's reading does. */
    AppleHealthReader.Counts scan(Consumer<HealthRecord> records) throws IOException, NotPlain {
        RecordAttributes attributes = new RecordAttributes(this::attribute);
        prolog();
        startTag();
        if (!tagIs("HealthData")) {
            throw new NotPlain();
        }
        long seen = 0;
        long used = 0;
        int inCorrelation = 0;
        openTag();
        while (depth > 0) {
            text();
            byte next = byteAt(1);
            if (next == '/') {
                if (endTag("Correlation")) {
                    inCorrelation--;
                }
            } else if (next == '!') {
                comment();
            } else {
                startTag();
                if (tagIs("Record")) {
                    seen++;
                    if (inCorrelation == 0) {
                        HealthRecord record = record(attributes);
                        if (record != null) {
                            records.accept(record);
                            used++;
                        }
                    }
                } else if (tagIs("Correlation") && !selfClosing) {
                    inCorrelation++;
                }
                openTag();
            }
        }
        epilog();
        return new AppleHealthReader.Counts(seen, used);
    }

    private static HealthRecord record(RecordAttributes attributes) {
        try {
            return attributes.record();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("the scanner's attributes never throw", e);
        }
    }

    // ----- prolog, epilog, text and comments: read as they stream past -----

    private void prolog() throws IOException, NotPlain {
        if (need(3) && (buf[pos] & 0xff) == 0xEF && (buf[pos + 1] & 0xff) == 0xBB && (buf[pos + 2] & 0xff) == 0xBF) {
            pos += 3;
        }
        if (need(6) && startsWith("<?xml") && space(buf[pos + 5])) {
            declaration();
        }
        while (true) {
            skipSpace();
            if (!need(2) || buf[pos] != '<') {
                throw new NotPlain();
            }
            if (buf[pos + 1] == '!') {
                comment();
            } else if (nameStart(buf[pos + 1])) {
                return;
            } else {
                throw new NotPlain();
            }
        }
    }

    /** {@code <?xml version="1.0" [encoding="UTF-8"] [standalone="yes|no"]?>}, nothing else. */
    private void declaration() throws IOException, NotPlain {
        int end = tagEnd();
        int i = pos + 5;
        int[] field = new int[2];
        i = pseudoAttribute(i, end, "version", field);
        if (!equalsAscii(field[0], field[1], "1.0")) {
            throw new NotPlain();
        }
        int next = pseudoAttribute(i, end, "encoding", field);
        if (next > 0) {
            String encoding =
                    new String(buf, field[0], field[1] - field[0], java.nio.charset.StandardCharsets.US_ASCII);
            if (!encoding.equalsIgnoreCase("UTF-8")) {
                throw new NotPlain();
            }
            i = next;
        }
        next = pseudoAttribute(i, end, "standalone", field);
        if (next > 0) {
            if (!equalsAscii(field[0], field[1], "yes") && !equalsAscii(field[0], field[1], "no")) {
                throw new NotPlain();
            }
            i = next;
        }
        while (space(buf[i])) {
            i++;
        }
        if (buf[i] != '?' || i + 1 != end) {
            throw new NotPlain();
        }
        pos = end + 1;
    }

    /** White space, then {@code name="value"}: the index after it with the value's bounds in {@code field}, or -1. */
    private int pseudoAttribute(int from, int end, String name, int[] field) throws NotPlain {
        int i = from;
        while (space(buf[i])) {
            i++;
        }
        if (i == from || !equalsAscii(i, Math.min(end, i + name.length()), name)) {
            if (name.equals("version")) {
                throw new NotPlain();
            }
            return -1;
        }
        i = equalsSign(i + name.length());
        byte quote = buf[i];
        if (quote != '"' && quote != '\'') {
            throw new NotPlain();
        }
        int close = i + 1;
        while (close < end && buf[close] != quote) {
            close++;
        }
        if (close >= end) {
            throw new NotPlain();
        }
        field[0] = i + 1;
        field[1] = close;
        return close + 1;
    }

    private void epilog() throws IOException, NotPlain {
        while (true) {
            skipSpace();
            if (!need(1)) {
                return;
            }
            if (!need(2) || buf[pos] != '<' || buf[pos + 1] != '!') {
                throw new NotPlain();
            }
            comment();
        }
    }

    /** Character data up to the next {@code <}, which must come before the end of the file. */
    private void text() throws IOException, NotPlain {
        int brackets = 0;
        while (true) {
            if (!need(1)) {
                throw new NotPlain();
            }
            byte b = buf[pos];
            if (b == '<') {
                if (!need(2)) {
                    throw new NotPlain();
                }
                return;
            }
            if (b == '&') {
                need(MAX_REFERENCE);
                pos = reference(pos, limit, false);
                brackets = 0;
                continue;
            }
            if (b == '>' && brackets >= 2) {
                throw new NotPlain(); // "]]>" may not appear in text
            }
            brackets = b == ']' ? brackets + 1 : 0;
            if (b < 0) {
                need(4);
                pos += utf8(pos, limit, false);
                continue;
            }
            if (b < 0x20 && !space(b)) {
                throw new NotPlain();
            }
            pos++;
        }
    }

    /** {@code <!-- … -->} with no {@code --} inside; any other {@code <!} is not plain. */
    private void comment() throws IOException, NotPlain {
        if (!need(4) || !startsWith("<!--")) {
            throw new NotPlain();
        }
        pos += 4;
        while (true) {
            if (!need(3)) {
                throw new NotPlain();
            }
            byte b = buf[pos];
            if (b == '-' && buf[pos + 1] == '-') {
                if (buf[pos + 2] != '>') {
                    throw new NotPlain();
                }
                pos += 3;
                return;
            }
            if (b < 0) {
                need(4);
                pos += utf8(pos, limit, false);
            } else if (b < 0x20 && !space(b)) {
                throw new NotPlain();
            } else {
                pos++;
            }
        }
    }

    private void skipSpace() throws IOException {
        while (need(1) && space(buf[pos])) {
            pos++;
        }
    }

    // ----- tags: each read whole from the buffer -----

    /** The start tag at {@code pos}: its name and attributes, checked; {@code pos} is left at its {@code <}. */
    private void startTag() throws IOException, NotPlain {
        need(WINDOW);
        buf[limit] = '>'; // a sentinel: reading stops at the end of what is buffered
        int end;
        try {
            end = tag(limit);
        } catch (NotPlain e) {
            end = -1;
        }
        if (end < 0 || end == limit) {
            // Not all of the tag is buffered (or it is not plain): buffer all of it, then read it again.
            end = tagEnd();
            if (tag(end) != end) {
                throw new NotPlain();
            }
        }
        tagEndAt = end;
    }

    /** Reads the tag at {@code pos} up to {@code bound}: the index of its closing {@code >}, or -1 past the bound. */
    private int tag(int bound) throws NotPlain {
        int i = name(pos + 1);
        tagName = pos + 1;
        tagNameEnd = i;
        attributes = 0;
        while (true) {
            int before = i;
            while (space(buf[i])) {
                i++;
            }
            if (buf[i] == '>') {
                selfClosing = false;
                return i;
            }
            if (buf[i] == '/') {
                if (buf[i + 1] != '>') {
                    throw new NotPlain();
                }
                selfClosing = true;
                return i + 1;
            }
            if (i == before || attributes == MAX_ATTRIBUTES) {
                throw new NotPlain();
            }
            int a = attributes;
            attributeName[a] = i;
            i = name(i);
            attributeNameEnd[a] = i;
            if (startsWith(attributeName[a], "xmlns")) {
                throw new NotPlain();
            }
            i = attributeValue(a, equalsSign(i), bound);
            if (i < 0) {
                return -1;
            }
            for (int other = 0; other < a; other++) {
                if (sameName(other, a)) {
                    throw new NotPlain();
                }
            }
            attributes++;
        }
    }

    /** Whether two attributes of the tag have the same name: a well-formed tag never has. */
    private boolean sameName(int one, int other) {
        int length = attributeNameEnd[one] - attributeName[one];
        return length == attributeNameEnd[other] - attributeName[other]
                && buf[attributeName[one]] == buf[attributeName[other]]
                && buf[attributeNameEnd[one] - 1] == buf[attributeNameEnd[other] - 1]
                && sameBytes(attributeName[one], attributeNameEnd[one], attributeName[other], attributeNameEnd[other]);
    }

    /** Moves past the start tag just read, and into its element unless it closed itself. */
    private void openTag() throws NotPlain {
        pos = tagEndAt + 1;
        if (selfClosing) {
            return;
        }
        if (depth == MAX_DEPTH) {
            throw new NotPlain();
        }
        open[depth++] = java.util.Arrays.copyOfRange(buf, tagName, tagNameEnd);
    }

    /** The quoted value starting at {@code i}, checked; the index after its closing quote, or -1 past {@code end}. */
    private int attributeValue(int a, int i, int end) throws NotPlain {
        byte quote = buf[i];
        if (quote != '"' && quote != '\'') {
            throw new NotPlain();
        }
        int j = i + 1;
        boolean plain = true;
        while (j < end) {
            while (j < end && VALUE_AS_IS[buf[j] & 0xff]) {
                j++;
            }
            if (j >= end) {
                break;
            }
            byte b = buf[j];
            if (b == quote) {
                value[a] = i + 1;
                valueEnd[a] = j;
                asIs[a] = plain;
                return j + 1;
            }
            if (b == '&') {
                j = reference(j, end, false);
                plain = false;
            } else if (b < 0) {
                j += utf8(j, end, false);
                plain = false;
            } else if (b == '"' || b == '\'') {
                j++; // the other quote
            } else if (space(b)) {
                plain = false;
                j++;
            } else {
                throw new NotPlain(); // '<' or a control character
            }
        }
        return -1;
    }

    /** {@code </name>} matching the open element; whether it was {@code named}. */
    private boolean endTag(String named) throws IOException, NotPlain {
        int end = tagEnd();
        int i = name(pos + 2);
        byte[] expected = open[depth - 1];
        if (!sameBytes(pos + 2, i, expected)) {
            throw new NotPlain();
        }
        while (space(buf[i])) {
            i++;
        }
        if (i != end) {
            throw new NotPlain();
        }
        boolean was = sameName(expected, named);
        depth--;
        pos = end + 1;
        return was;
    }

    /**
     * Makes the whole tag at {@code pos} lie in the buffer and returns the index of its closing {@code >}: the
     * first one outside quotes. A {@code <} outside quotes first is never well formed.
     */
    private int tagEnd() throws IOException, NotPlain {
        int i = pos + 1;
        byte quote = 0;
        while (true) {
            if (quote == 0) {
                while (i < limit && TAG_AS_IS[buf[i] & 0xff]) {
                    i++;
                }
            } else {
                while (i < limit && buf[i] != quote) {
                    i++;
                }
            }
            if (i >= limit) {
                int before = pos;
                if (!more()) {
                    throw new NotPlain();
                }
                i -= before - pos;
                continue;
            }
            byte b = buf[i];
            if (quote != 0) {
                quote = 0;
            } else if (b == '"' || b == '\'') {
                quote = b;
            } else if (b == '>') {
                return i;
            } else {
                throw new NotPlain(); // a '<' outside quotes, or a byte no tag may hold outside a value
            }
            i++;
        }
    }

    /** {@code =} with any white space around it from {@code i}: the index after it. */
    private int equalsSign(int from) throws NotPlain {
        int i = from;
        while (space(buf[i])) {
            i++;
        }
        if (buf[i] != '=') {
            throw new NotPlain();
        }
        i++;
        while (space(buf[i])) {
            i++;
        }
        return i;
    }

    /** An ASCII name without a colon from {@code i}: the index after it. */
    private int name(int i) throws NotPlain {
        if (!nameStart(buf[i])) {
            throw new NotPlain();
        }
        int j = i + 1;
        while (nameChar(buf[j])) {
            j++;
        }
        return j;
    }

    // ----- references and UTF-8, checked and, when asked, decoded -----

    /**
     * The reference at {@code i} ({@code &amp;} and its kind, {@code &#65;}, {@code &#x41;}) within {@code end}: the
     * index after its {@code ;}, its character appended to {@code into} when given.
     */
    private int reference(int i, int end, boolean decode) throws NotPlain {
        int named = namedReference(i, end);
        if (named > 0) {
            if (decode) {
                append(named);
            }
            return i + (named == '&' ? 5 : named == '"' || named == '\'' ? 6 : 4);
        }
        int semicolon = i + 1;
        while (semicolon < end && semicolon - i <= MAX_REFERENCE && buf[semicolon] != ';') {
            semicolon++;
        }
        if (semicolon >= end || buf[semicolon] != ';') {
            throw new NotPlain();
        }
        int codePoint;
        if (buf[i + 1] == '#') {
            boolean hex = buf[i + 2] == 'x';
            int from = hex ? i + 3 : i + 2;
            if (from == semicolon) {
                throw new NotPlain();
            }
            codePoint = 0;
            for (int k = from; k < semicolon; k++) {
                int digit = Character.digit(buf[k], hex ? 16 : 10);
                if (digit < 0 || buf[k] < 0) {
                    throw new NotPlain();
                }
                codePoint = codePoint * (hex ? 16 : 10) + digit;
                if (codePoint > 0x10FFFF) {
                    throw new NotPlain();
                }
            }
            if (!xmlChar(codePoint)) {
                throw new NotPlain();
            }
        } else {
            throw new NotPlain(); // an entity of the document type, which the parser refuses
        }
        if (decode) {
            append(codePoint);
        }
        return semicolon + 1;
    }

    /** The character of {@code &lt;}, {@code &gt;}, {@code &amp;}, {@code &quot;} or {@code &apos;} at {@code i}, or 0. */
    private int namedReference(int i, int end) {
        if (i + 4 > end) {
            return 0;
        }
        byte first = buf[i + 1];
        if ((first == 'l' || first == 'g') && buf[i + 2] == 't' && buf[i + 3] == ';') {
            return first == 'l' ? '<' : '>';
        }
        if (i + 5 <= end && first == 'a' && buf[i + 2] == 'm' && buf[i + 3] == 'p' && buf[i + 4] == ';') {
            return '&';
        }
        if (i + 6 <= end && buf[i + 5] == ';') {
            if (first == 'q' && buf[i + 2] == 'u' && buf[i + 3] == 'o' && buf[i + 4] == 't') {
                return '"';
            }
            if (first == 'a' && buf[i + 2] == 'p' && buf[i + 3] == 'o' && buf[i + 4] == 's') {
                return '\'';
            }
        }
        return 0;
    }

    /** The length of the UTF-8 sequence at {@code i} within {@code end}, its character appended when asked. */
    private int utf8(int i, int end, boolean decode) throws NotPlain {
        int b0 = buf[i] & 0xff;
        int length;
        int codePoint;
        if (b0 >= 0xC2 && b0 <= 0xDF) {
            length = 2;
            codePoint = b0 & 0x1F;
        } else if (b0 >= 0xE0 && b0 <= 0xEF) {
            length = 3;
            codePoint = b0 & 0x0F;
        } else if (b0 >= 0xF0 && b0 <= 0xF4) {
            length = 4;
            codePoint = b0 & 0x07;
        } else {
            throw new NotPlain();
        }
        if (i + length > end) {
            throw new NotPlain();
        }
        for (int k = 1; k < length; k++) {
            int b = buf[i + k] & 0xff;
            if ((b & 0xC0) != 0x80) {
                throw new NotPlain();
            }
            codePoint = (codePoint << 6) | (b & 0x3F);
        }
        boolean shortest = length == 2 || (length == 3 ? codePoint >= 0x800 : codePoint >= 0x10000);
        if (!shortest || !xmlChar(codePoint)) {
            throw new NotPlain();
        }
        if (decode) {
            append(codePoint);
        }
        return length;
    }

    private static boolean xmlChar(int c) {
        return c == 0x9
                || c == 0xA
                || c == 0xD
                || (c >= 0x20 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }

    // ----- the attributes of the record at hand, for RecordAttributes -----

    /**
     * The named attribute's value as the parser hands it to a typed decoder: with the characters up to a space at
     * either end trimmed, and an empty one as empty.
     */
    private boolean attribute(String name, RecordAttributes.Attribute into) {
        for (int a = 0; a < attributes; a++) {
            if (equalsAscii(attributeName[a], attributeNameEnd[a], name)) {
                decodedLength = 0;
                if (asIs[a]) {
                    for (int k = value[a]; k < valueEnd[a]; k++) {
                        append(buf[k]);
                    }
                } else {
                    normalise(a);
                }
                int length = decodedLength;
                int from = 0;
                while (from < length && decoded[from] <= ' ') {
                    from++;
                }
                while (length > from && decoded[length - 1] <= ' ') {
                    length--;
                }
                if (from == length) {
                    into.handleEmptyValue();
                } else {
                    into.decode(decoded, from, length);
                }
                return true;
            }
        }
        return false;
    }

    /** The value as the parser gives it, into {@code decoded}: references replaced, each line end or tab a space. */
    private void normalise(int a) {
        int i = value[a];
        try {
            while (i < valueEnd[a]) {
                byte b = buf[i];
                if (b == '&') {
                    i = reference(i, valueEnd[a], true);
                } else if (b < 0) {
                    i += utf8(i, valueEnd[a], true);
                } else if (b == '\r') {
                    append(' ');
                    i += i + 1 < valueEnd[a] && buf[i + 1] == '\n' ? 2 : 1;
                } else {
                    append(b == '\n' || b == '\t' ? ' ' : b);
                    i++;
                }
            }
        } catch (NotPlain e) {
            throw new IllegalStateException("a value is decoded only after it was checked", e);
        }
    }

    private void append(int codePoint) {
        if (decodedLength + 2 > decoded.length) {
            decoded = java.util.Arrays.copyOf(decoded, decoded.length * 2 + 2);
        }
        if (codePoint < 0x10000) {
            decoded[decodedLength++] = (char) codePoint;
        } else {
            decoded[decodedLength++] = Character.highSurrogate(codePoint);
            decoded[decodedLength++] = Character.lowSurrogate(codePoint);
        }
    }

    // ----- the buffer -----

    /** At least {@code n} bytes from {@code pos} in the buffer, unless the file ends first. */
    private boolean need(int n) throws IOException {
        while (limit - pos < n) {
            if (!more()) {
                return false;
            }
        }
        return true;
    }

    /** Moves what is unread to the front, growing the buffer up to one tag's limit, and reads more: false at end. */
    private boolean more() throws IOException {
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, limit - pos);
            limit -= pos;
            pos = 0;
        }
        if (limit == buf.length - 1) {
            if (buf.length >= MAX_TAG) {
                return false;
            }
            buf = java.util.Arrays.copyOf(buf, buf.length * 2);
        }
        int n = in.read(buf, limit, buf.length - 1 - limit); // one byte kept for the sentinel
        if (n < 0) {
            return false;
        }
        limit += n;
        return true;
    }

    private byte byteAt(int offset) {
        return buf[pos + offset];
    }

    private boolean tagIs(String name) {
        return equalsAscii(tagName, tagNameEnd, name);
    }

    private boolean startsWith(String text) {
        return startsWith(pos, text);
    }

    private boolean startsWith(int at, String text) {
        return at + text.length() <= limit && equalsAscii(at, at + text.length(), text);
    }

    private boolean equalsAscii(int from, int to, String text) {
        if (to - from != text.length()) {
            return false;
        }
        for (int k = 0; k < text.length(); k++) {
            if (buf[from + k] != text.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private boolean sameBytes(int from, int to, int otherFrom, int otherTo) {
        return java.util.Arrays.equals(buf, from, to, buf, otherFrom, otherTo);
    }

    private boolean sameBytes(int from, int to, byte[] other) {
        return java.util.Arrays.equals(buf, from, to, other, 0, other.length);
    }

    private static boolean sameName(byte[] name, String text) {
        if (name.length != text.length()) {
            return false;
        }
        for (int k = 0; k < name.length; k++) {
            if (name[k] != text.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static boolean space(byte b) {
        return b == ' ' || b == '\n' || b == '\t' || b == '\r';
    }

    private static boolean nameStart(byte b) {
        return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || b == '_';
    }

    private static boolean nameChar(byte b) {
        return nameStart(b) || (b >= '0' && b <= '9') || b == '-' || b == '.';
    }
}
