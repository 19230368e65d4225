package org.legible.importers.applehealth;

import com.fasterxml.aalto.stax.InputFactoryImpl;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.codehaus.stax2.typed.TypedXMLStreamReader;

/**
 * Streams an Apple Health export ({@code export.xml}, or the phone's {@code export.zip}) and hands each sleep and
 * step record to a consumer, never holding more than one record. The file is untrusted: the DTD is removed before
 * parsing ({@link DoctypeRemover}) and the parser resolves no DTD or entity; in a zip, entries are read as streams
 * (their names are never used as paths) with caps on their number, total size and compression ratio, and the export
 * is the entry whose root element is {@code HealthData}. Records inside a {@code Correlation} repeat top-level ones
 * and are skipped. Both the current date format ({@code 2024-06-01 08:10:05 +0200}) and the iOS 8 one
 * ({@code 20140919102859-0800}, with {@code source} for {@code sourceName}) are read.
 */
public final class AppleHealthReader {

    /** Why a file cannot be read, with where it broke when the parser knows. */
    public static final class UnreadableExport extends IOException {
        private final int line;

        UnreadableExport(String message, int line) {
            super(message);
            this.line = line;
        }

        /** The line of the XML where reading stopped, or 0 when it is not about a line. */
        public int line() {
            return line;
        }
    }

    /** Caps for a zip: how many entries, how many bytes in all, and how much larger than compressed. */
    public record ZipLimits(int maxEntries, long maxTotalBytes, long maxRatio) {
        public static final ZipLimits DEFAULT = new ZipLimits(10_000, 8L << 30, 200);
    }

    /** What a read found: every record seen, and those handed on. */
    public record Counts(long records, long used) {}

    private final ZipLimits limits;

    public AppleHealthReader() {
        this(ZipLimits.DEFAULT);
    }

    public AppleHealthReader(ZipLimits limits) {
        this.limits = limits;
    }

    /** Reads an export, zip or XML, told apart by their first bytes, never by a file name. */
    public Counts read(InputStream file, Consumer<HealthRecord> records) throws IOException {
        BufferedInputStream in = new BufferedInputStream(file, 1 << 16);
        in.mark(4);
        byte[] magic = in.readNBytes(4);
        in.reset();
        if (magic.length == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4) {
            try {
                return readZip(in, records);
            } catch (UnreadableExport e) {
                throw e;
            } catch (java.util.zip.ZipException | java.io.EOFException e) {
                throw new UnreadableExport("zip.broken", 0);
            } catch (IllegalArgumentException e) {
                // An entry name that is not valid UTF-8 (found by AppleHealthReaderFuzzTest).
                throw new UnreadableExport("zip.broken", 0);
            }
        }
        return readXml(in, records);
    }

    private Counts readZip(InputStream file, Consumer<HealthRecord> records) throws IOException {
        CountingInputStream compressed = new CountingInputStream(file);
        ZipInputStream zip = new ZipInputStream(compressed);
        int entries = 0;
        long total = 0;
        for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
            if (++entries > limits.maxEntries()) {
                throw new UnreadableExport("zip.tooManyEntries", 0);
            }
            LimitedInputStream content = new LimitedInputStream(zip, limits, total, compressed);
            if (!entry.isDirectory() && looksLikeHealthData(content)) {
                return readXml(content, records);
            }
            content.transferTo(java.io.OutputStream.nullOutputStream());
            total = content.total();
        }
        throw new UnreadableExport("zip.noExport", 0);
    }

    /** Whether the entry's XML root element is {@code HealthData}, looking only at its first bytes. */
    private static boolean looksLikeHealthData(InputStream content) throws IOException {
        content.mark(DoctypeRemover.PROLOG_LIMIT);
        byte[] head = content.readNBytes(DoctypeRemover.PROLOG_LIMIT);
        content.reset();
        String text = new String(head, java.nio.charset.StandardCharsets.UTF_8);
        return text.contains("<HealthData");
    }

    private Counts readXml(InputStream xml, Consumer<HealthRecord> records) throws IOException {
        // Aalto, named rather than looked up, so tests and production parse alike whatever else is on the class
        // path; it reads a real-shaped export about 2.4 times as fast as the JDK's parser (docs/benchmarks.md).
        XMLInputFactory factory = new InputFactoryImpl();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        XMLStreamReader reader = null;
        long seen = 0;
        long used = 0;
        try {
            reader = factory.createXMLStreamReader(new DoctypeRemover(xml));
            RecordAttributes attributes = new RecordAttributes((TypedXMLStreamReader) reader);
            int depthInCorrelation = 0;
            boolean root = false;
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = reader.getLocalName();
                    if (!root) {
                        if (!"HealthData".equals(name)) {
                            throw new UnreadableExport(
                                    "xml.notHealthData", reader.getLocation().getLineNumber());
                        }
                        root = true;
                    } else if ("Correlation".equals(name)) {
                        depthInCorrelation++;
                    } else if ("Record".equals(name)) {
                        seen++;
                        if (depthInCorrelation == 0) {
                            HealthRecord record = attributes.record();
                            if (record != null) {
                                records.accept(record);
                                used++;
                            }
                        }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT && "Correlation".equals(reader.getLocalName())) {
                    depthInCorrelation--;
                } else if (event == XMLStreamConstants.ENTITY_REFERENCE) {
                    throw new UnreadableExport(
                            "xml.entity", reader.getLocation().getLineNumber());
                }
            }
            if (!root) {
                throw new UnreadableExport("xml.notHealthData", 0);
            }
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
            throw new UnreadableExport("xml.broken", line);
        } finally {
            if (reader != null) {
                try {
                    reader.close();
                } catch (XMLStreamException ignored) {
                    // The stream is the caller's to close; nothing was written.
                }
            }
        }
        return new Counts(seen, used);
    }

    /** Counts the compressed bytes read from the zip, for the ratio check. */
    private static final class CountingInputStream extends java.io.FilterInputStream {
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

    /**
     * One zip entry's bytes, counted as they come out of the zip (never trusting the sizes the zip declares, and
     * not counting a re-read after mark and reset): too many bytes in all, or too many for the compressed bytes read
     * so far, stops the read as a zip bomb.
     */
    private static final class LimitedInputStream extends BufferedInputStream {
        private final Counter counter;

        LimitedInputStream(ZipInputStream zip, ZipLimits limits, long before, CountingInputStream compressed) {
            this(new Counter(zip, limits, before, compressed));
        }

        private LimitedInputStream(Counter counter) {
            super(counter, 1 << 16);
            this.counter = counter;
        }

        long total() {
            return counter.total;
        }
    }

    private static final class Counter extends java.io.FilterInputStream {
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
