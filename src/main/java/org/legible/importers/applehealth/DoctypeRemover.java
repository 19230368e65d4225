package org.legible.importers.applehealth;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.nio.charset.StandardCharsets;

/**
 * Removes the document type declaration ({@code <!DOCTYPE …>} with its internal subset) from the start of an XML
 * stream before any parser sees it. Apple's exports carry an internal DTD that some iOS versions wrote broken, and a
 * DTD is also where entity attacks live; without it a broken DTD cannot stop an import and an entity reference is
 * simply an undeclared entity, which the parser refuses. Only the prolog is examined (up to {@value #PROLOG_LIMIT}
 * bytes); the rest of the file streams through untouched.
 */
final class DoctypeRemover extends FilterInputStream {

    static final int PROLOG_LIMIT = 1 << 20;
    private static final byte[] DOCTYPE = "<!DOCTYPE".getBytes(StandardCharsets.US_ASCII);

    private boolean prologDone;
    private final PushbackInputStream in;

    DoctypeRemover(InputStream in) {
        this(new PushbackInputStream(in, PROLOG_LIMIT));
    }

    private DoctypeRemover(PushbackInputStream in) {
        super(in);
        this.in = in;
    }

    @Override
    public int read() throws IOException {
        stripPrologOnce();
        return in.read();
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        stripPrologOnce();
        return in.read(buffer, offset, length);
    }

    /**
     * Leaves the stream open: the JDK's parser closes its input when it is closed, but the file belongs to the
     * caller, who may still read the rest (to fingerprint the whole file) and closes it.
     */
    @Override
    public void close() {
        // Deliberately nothing.
    }

    private void stripPrologOnce() throws IOException {
        if (prologDone) {
            return;
        }
        prologDone = true;
        byte[] head = in.readNBytes(PROLOG_LIMIT);
        int start = indexOf(head, DOCTYPE, 0, firstElement(head));
        if (start < 0) {
            in.unread(head);
            return;
        }
        int end = endOfDoctype(head, start + DOCTYPE.length);
        if (end < 0) {
            // The declaration does not end within the first megabyte: not an export Legible can read.
            throw new org.legible.importers.files.UnreadableExport("xml.broken", 0);
        }
        byte[] kept = new byte[head.length - (end - start)];
        System.arraycopy(head, 0, kept, 0, start);
        System.arraycopy(head, end, kept, start, head.length - end);
        in.unread(kept);
    }

    /** Where the first element starts ({@code <} followed by a name character), or the end of the bytes. */
    private static int firstElement(byte[] bytes) {
        for (int i = 0; i + 1 < bytes.length; i++) {
            if (bytes[i] == '<' && (Character.isLetter(bytes[i + 1]) || bytes[i + 1] == '_')) {
                return i;
            }
        }
        return bytes.length;
    }

    /**
     * The index just past the declaration: past the {@code ]>} that closes an internal subset, or past the first
     * {@code >} when there is none. Before the subset, quoted identifiers are skipped; inside it only comments are,
     * because a broken declaration there (an unbalanced quote, say) must not hide the subset's end.
     */
    private static int endOfDoctype(byte[] bytes, int from) {
        int i = from;
        while (i < bytes.length) {
            byte b = bytes[i];
            if (b == '"' || b == '\'') {
                int close = indexOf(bytes, new byte[] {b}, i + 1, bytes.length);
                if (close < 0) {
                    return -1;
                }
                i = close + 1;
            } else if (b == '>') {
                return i + 1;
            } else if (b == '[') {
                return endOfSubset(bytes, i + 1);
            } else {
                i++;
            }
        }
        return -1;
    }

    private static int endOfSubset(byte[] bytes, int from) {
        int i = from;
        while (i < bytes.length) {
            if (startsWith(bytes, i, "<!--")) {
                int close = indexOf(bytes, "-->".getBytes(StandardCharsets.US_ASCII), i + 4, bytes.length);
                if (close < 0) {
                    return -1;
                }
                i = close + 3;
                continue;
            }
            if (bytes[i] == ']') {
                int next = i + 1;
                while (next < bytes.length && Character.isWhitespace(bytes[next])) {
                    next++;
                }
                if (next < bytes.length && bytes[next] == '>') {
                    return next + 1;
                }
            }
            i++;
        }
        return -1;
    }

    private static boolean startsWith(byte[] bytes, int at, String text) {
        byte[] pattern = text.getBytes(StandardCharsets.US_ASCII);
        return at + pattern.length <= bytes.length && indexOf(bytes, pattern, at, at + pattern.length) == at;
    }

    private static int indexOf(byte[] bytes, byte[] pattern, int from, int to) {
        for (int i = from; i + pattern.length <= to; i++) {
            boolean match = true;
            for (int j = 0; j < pattern.length; j++) {
                if (bytes[i + j] != pattern[j]) {
                    match = false;
                    break;
                }
            }
            if (match) {
                return i;
            }
        }
        return -1;
    }
}
