package org.legible.importers.applehealth;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A plain XML export cut in two at an element that starts near its middle, so two parsers can read it at once: the
 * first half is the file up to the cut with the root element closed after it, the second is the file's XML
 * declaration and an opened root element followed by the file from the cut. The cut is only a guess until the first
 * half parses: if the cut fell inside a comment, a section of character data, a tag or a {@code Correlation}, the
 * closing tag added after it makes the first half a broken document, and the caller reads the whole file instead.
 * Both halves well formed means the whole file is, with the cut between two children of the root.
 */
final class ExportHalves {

    private static final int BLOCK = 1 << 16;
    private static final int HEAD = 512;
    /** How far past the middle an element is looked for before the file is read in one pass after all. */
    private static final int CUT_WINDOW = 1 << 20;

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final byte[] RECORD = "<Record".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ROOT_OPEN = "<HealthData>".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ROOT_CLOSE = "</HealthData>".getBytes(StandardCharsets.US_ASCII);
    private static final Pattern ENCODING = Pattern.compile("encoding\\s*=\\s*[\"']([A-Za-z0-9._-]+)[\"']");

    private final Path file;
    private final byte[] declaration;
    private final long cut;

    private ExportHalves(Path file, byte[] declaration, long cut) {
        this.file = file;
        this.declaration = declaration;
        this.cut = cut;
    }

    /**
     * The two halves of a file of at least {@code fromSize} bytes that starts as XML in UTF-8 (a zip, UTF-16 or any
     * other encoding is read in one pass), or empty.
     */
    static Optional<ExportHalves> of(Path file, long fromSize) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            if (size < fromSize) {
                return Optional.empty();
            }
            byte[] head = read(channel, 0, HEAD);
            int start = startsWith(head, 0, BOM) ? BOM.length : 0;
            if (head.length <= start || head[start] != '<') {
                return Optional.empty();
            }
            byte[] declaration = new byte[0];
            if (startsWith(head, start, "<?xml".getBytes(StandardCharsets.US_ASCII))) {
                int end = indexOf(head, "?>".getBytes(StandardCharsets.US_ASCII), start);
                if (end < 0 || !utf8(new String(head, start, end - start, StandardCharsets.US_ASCII))) {
                    return Optional.empty();
                }
                declaration = java.util.Arrays.copyOfRange(head, start, end + 2);
            }
            byte[] window = read(channel, size / 2, CUT_WINDOW);
            int at = indexOf(window, RECORD, 0);
            if (at < 0) {
                return Optional.empty();
            }
            return Optional.of(new ExportHalves(file, declaration, size / 2 + at));
        }
    }

    /** The file up to the cut, then the root's closing tag. */
    InputStream first() throws IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
        InputStream upToCut = new Limited(new BufferedInputStream(Channels.newInputStream(channel), BLOCK), cut);
        return new SequenceInputStream(upToCut, new ByteArrayInputStream(ROOT_CLOSE));
    }

    /** The file's XML declaration and an opened root, then the file from the cut to its end. */
    InputStream second() throws IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
        channel.position(cut);
        byte[] opening = new byte[declaration.length + ROOT_OPEN.length];
        System.arraycopy(declaration, 0, opening, 0, declaration.length);
        System.arraycopy(ROOT_OPEN, 0, opening, declaration.length, ROOT_OPEN.length);
        return new SequenceInputStream(
                new ByteArrayInputStream(opening), new BufferedInputStream(Channels.newInputStream(channel), BLOCK));
    }

    long cut() {
        return cut;
    }

    private static boolean utf8(String declaration) {
        Matcher encoding = ENCODING.matcher(declaration);
        if (!encoding.find()) {
            return true;
        }
        String name = encoding.group(1).toUpperCase(Locale.ROOT);
        return name.equals("UTF-8") || name.equals("UTF8") || name.equals("US-ASCII");
    }

    private static byte[] read(FileChannel channel, long position, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(length, Math.max(0, channel.size() - position)));
        while (buffer.hasRemaining() && channel.read(buffer, position + buffer.position()) > 0) {
            // read until full or the end of the file
        }
        return java.util.Arrays.copyOf(buffer.array(), buffer.position());
    }

    private static boolean startsWith(byte[] bytes, int at, byte[] pattern) {
        return indexOf(bytes, pattern, at) == at;
    }

    private static int indexOf(byte[] bytes, byte[] pattern, int from) {
        outer:
        for (int i = from; i + pattern.length <= bytes.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (bytes[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** At most {@code limit} bytes of a stream. */
    private static final class Limited extends FilterInputStream {
        private long left;

        Limited(InputStream in, long limit) {
            super(in);
            this.left = limit;
        }

        @Override
        public int read() throws IOException {
            if (left <= 0) {
                return -1;
            }
            int b = in.read();
            if (b >= 0) {
                left--;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (left <= 0) {
                return -1;
            }
            int n = in.read(buffer, offset, (int) Math.min(length, left));
            if (n > 0) {
                left -= n;
            }
            return n;
        }

        @Override
        public int available() throws IOException {
            return (int) Math.min(in.available(), left);
        }
    }
}
