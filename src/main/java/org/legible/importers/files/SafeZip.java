package org.legible.importers.files;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Reads an untrusted zip as a stream, one entry at a time. Entry names are handed over for matching only and never
 * used as paths, so a name like {@code ../../x} cannot reach the disk. Every entry's bytes are counted as they come
 * out (the sizes the zip declares are never trusted): too many entries, too many bytes in all, or far more bytes
 * than the compressed bytes read so far stops the read as a zip bomb. A damaged zip is an {@link UnreadableExport}.
 */
public final class SafeZip {

    /** What to do with one entry; answer true to stop reading the zip. */
    @FunctionalInterface
    public interface EntryReader {
        boolean read(String name, InputStream content) throws IOException;
    }

    private final ZipLimits limits;

    public SafeZip(ZipLimits limits) {
        this.limits = limits;
    }

    /** Whether the stream starts like a zip; the stream is left where it was. */
    public static boolean isZip(BufferedInputStream in) throws IOException {
        in.mark(4);
        byte[] magic = in.readNBytes(4);
        in.reset();
        return magic.length == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4;
    }

    /**
     * Hands each file entry to {@code reader} (as a stream that supports mark and reset) until it answers true or
     * the zip ends; whatever the reader leaves unread of an entry is counted and skipped.
     */
    public void read(InputStream file, EntryReader reader) throws IOException {
        try {
            CountingInputStream compressed = new CountingInputStream(file);
            ZipInputStream zip = new ZipInputStream(compressed);
            int entries = 0;
            long total = 0;
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (++entries > limits.maxEntries()) {
                    throw new UnreadableExport("zip.tooManyEntries", 0);
                }
                LimitedInputStream content = new LimitedInputStream(new Counter(zip, limits, total, compressed));
                if (!entry.isDirectory() && reader.read(entry.getName(), content)) {
                    return;
                }
                content.transferTo(OutputStream.nullOutputStream());
                total = content.total();
            }
        } catch (UnreadableExport e) {
            throw e;
        } catch (ZipException | EOFException e) {
            throw new UnreadableExport("zip.broken", 0);
        } catch (IllegalArgumentException e) {
            // An entry name that is not valid UTF-8 (found by AppleHealthReaderFuzzTest).
            throw new UnreadableExport("zip.broken", 0);
        }
    }

    /** Counts the compressed bytes read from the zip, for the ratio check. */
    private static final class CountingInputStream extends FilterInputStream {
        long count;

        CountingInputStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }

    /** One entry's bytes, buffered so a reader can peek (a re-read after mark and reset is not counted twice). */
    private static final class LimitedInputStream extends BufferedInputStream {
        private final Counter counter;

        LimitedInputStream(Counter counter) {
            super(counter, 1 << 16);
            this.counter = counter;
        }

        long total() {
            return counter.total;
        }

        @Override
        public void close() {
            // Closing one entry must not close the zip.
        }
    }

    private static final class Counter extends FilterInputStream {
        private final ZipLimits limits;
        private final CountingInputStream compressed;
        private long total;

        Counter(ZipInputStream zip, ZipLimits limits, long before, CountingInputStream compressed) {
            super(zip);
            this.limits = limits;
            this.total = before;
            this.compressed = compressed;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? -1 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count(n);
            return n;
        }

        @Override
        public void close() {
            // Closing one entry must not close the zip.
        }

        private void count(int n) throws UnreadableExport {
            if (n <= 0) {
                return;
            }
            total += n;
            if (total > limits.maxTotalBytes()) {
                throw new UnreadableExport("zip.tooLarge", 0);
            }
            long floor = 1 << 20; // small files compress well; judge the ratio once there is something to judge
            if (total > floor && total > limits.maxRatio() * Math.max(1, compressed.count)) {
                throw new UnreadableExport("zip.bomb", 0);
            }
        }
    }
}
