package org.legible.importers.applehealth;

import com.fasterxml.aalto.stax.InputFactoryImpl;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.codehaus.stax2.typed.TypedXMLStreamReader;
import org.legible.importers.files.SafeZip;
import org.legible.importers.files.UnreadableExport;
import org.legible.importers.files.ZipLimits;

/**
 * Streams an Apple Health export ({@code export.xml}, or the phone's {@code export.zip}) and hands each sleep and
 * step record to a consumer, never holding more than one record. The file is untrusted: the DTD is removed before
 * parsing ({@link DoctypeRemover}) and the parser resolves no DTD or entity; a zip is read by {@link SafeZip} (caps on
 * entries, size and compression ratio; names never used as paths), and the export is the entry whose root element
 * is {@code HealthData}. Records inside a {@code Correlation} repeat top-level ones
 * and are skipped. Both the current date format ({@code 2024-06-01 08:10:05 +0200}) and the iOS 8 one
 * ({@code 20140919102859-0800}, with {@code source} for {@code sourceName}) are read.
 */
public final class AppleHealthReader {

    /** What a read found: every record seen, and those handed on. */
    public record Counts(long records, long used) {}

    /** What a read of a file found, and the consumers its records went to: one, or one for each half of the file. */
    public record Read<T>(Counts counts, List<T> parts) {}

    /**
     * Plain exports from this size up are read in two halves at once ({@link ExportHalves}): on two cores, a 1 GB
     * export cold in two thirds of the parser's time, warm in a third (docs/decisions/0018-apple-health-read-by-a-
     * plain-scanner.md).
     */
    public static final long HALVES_FROM = 32L << 20;

    private final ZipLimits limits;
    private final long halvesFrom;

    public AppleHealthReader() {
        this(ZipLimits.DEFAULT, HALVES_FROM);
    }

    public AppleHealthReader(ZipLimits limits) {
        this(limits, HALVES_FROM);
    }

    AppleHealthReader(ZipLimits limits, long halvesFrom) {
        this.limits = limits;
        this.halvesFrom = halvesFrom;
    }

    /**
     * Reads an export from a file, zip or XML, handing its records to consumers {@code newPart} makes: a large plain
     * export in two halves at once, each read by {@link PlainScanner} to a consumer of its own, with the records of
     * both halves exactly those of the whole file read by the parser; anything else, or a file whose halves the
     * scanner does not both read, by the parser in one pass to one consumer, so a broken file is refused with the
     * parser's reason and the line of the whole file.
     */
    public <T extends Consumer<HealthRecord>> Read<T> read(Path file, Supplier<T> newPart) throws IOException {
        Optional<ExportHalves> halves = ExportHalves.of(file, halvesFrom);
        if (halves.isPresent()) {
            Optional<Read<T>> read = readHalves(halves.get(), newPart);
            if (read.isPresent()) {
                return read.get();
            }
        }
        T whole = newPart.get();
        try (InputStream in = Files.newInputStream(file)) {
            return new Read<>(read(in, whole), List.of(whole));
        }
    }

    /** Both halves scanned at once, the second on a thread of its own; empty when the scanner does not read both. */
    private <T extends Consumer<HealthRecord>> Optional<Read<T>> readHalves(ExportHalves halves, Supplier<T> newPart)
            throws IOException {
        T first = newPart.get();
        T second = newPart.get();
        CompletableFuture<Counts> secondHalf = new CompletableFuture<>();
        Thread reader = new Thread(
                () -> {
                    try (InputStream in = halves.second()) {
                        secondHalf.complete(scan(in, second));
                    } catch (Throwable e) {
                        secondHalf.completeExceptionally(e);
                    }
                },
                "import-second-half");
        reader.setDaemon(true);
        reader.start();
        Counts firstCounts = null;
        try (InputStream in = halves.first()) {
            firstCounts = scan(in, first);
        } catch (UnreadableExport | PlainScanner.NotPlain e) {
            // Not a half after all, not plain, or broken: the parser reads the whole file, and says where. What
            // the second half finds is of no use then; interrupted, its channel closes at its next read.
            reader.interrupt();
        }
        Counts secondCounts;
        try {
            secondCounts = secondHalf.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("import interrupted");
        } catch (ExecutionException e) {
            if (firstCounts == null
                    || e.getCause() instanceof UnreadableExport
                    || e.getCause() instanceof PlainScanner.NotPlain) {
                return Optional.empty();
            }
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
        if (firstCounts == null) {
            return Optional.empty();
        }
        Counts both =
                new Counts(firstCounts.records() + secondCounts.records(), firstCounts.used() + secondCounts.used());
        return Optional.of(new Read<>(both, List.of(first, second)));
    }

    /** A half of a plain export, read by the scanner after the document type is taken out as for the parser. */
    private static Counts scan(InputStream half, Consumer<HealthRecord> records)
            throws IOException, PlainScanner.NotPlain {
        return new PlainScanner(new DoctypeRemover(half)).scan(records);
    }

    /** Reads an export, zip or XML, told apart by their first bytes, never by a file name. */
    public Counts read(InputStream file, Consumer<HealthRecord> records) throws IOException {
        BufferedInputStream in = new BufferedInputStream(file, 1 << 16);
        if (!SafeZip.isZip(in)) {
            return readXml(in, records);
        }
        Counts[] read = {null};
        new SafeZip(limits).read(in, (name, content) -> {
            if (looksLikeHealthData(content)) {
                read[0] = readXml(content, records);
                return true;
            }
            return false;
        });
        if (read[0] == null) {
            throw new UnreadableExport("zip.noExport", 0);
        }
        return read[0];
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
}
