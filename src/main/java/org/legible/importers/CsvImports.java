package org.legible.importers;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.legible.accounts.AccountId;
import org.legible.accounts.Accounts;
import org.legible.diary.DiaryDays;
import org.legible.importers.csv.ColumnMapping;
import org.legible.importers.csv.CsvDays;
import org.legible.importers.csv.CsvRows;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Any CSV file with a day per row (Oura, Garmin, Samsung, a spreadsheet): uploaded first and kept aside while the
 * person maps its columns and previews the rows read, then imported like every other file (fingerprinted, nothing
 * written until the whole file has been read, nothing added the second time). A kept-aside file belongs to one
 * person and is deleted when it is imported or after {@link #KEEP} unused (swept every quarter hour).
 */
@Service
public class CsvImports {

    public static final String SOURCE_KIND = "csv";
    static final Duration KEEP = Duration.ofHours(2);
    private static final Logger log = LoggerFactory.getLogger(CsvImports.class);

    /** A file waiting for its mapping. */
    public record Staged(String id, AccountId account, String fileName, Path file, Instant uploaded) {}

    private final Accounts accounts;
    private final ImportedDays saver;
    private final Clock clock;
    private final Map<String, Staged> staged = new ConcurrentHashMap<>();

    /** Sweeps abandoned files every quarter hour, so one is not kept until the next upload or a restart. */
    private final ScheduledExecutorService sweeper = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "kept-aside-sweeper");
        thread.setDaemon(true);
        return thread;
    });

    CsvImports(Accounts accounts, ImportedDays saver, Clock clock) {
        this.accounts = accounts;
        this.saver = saver;
        this.clock = clock;
        sweeper.scheduleWithFixedDelay(this::forgetOld, 15, 15, TimeUnit.MINUTES);
    }

    /** Keeps the file (which it now owns) for the person to map; returns its id. */
    public String stage(AccountId account, String fileName, Path file) {
        forgetOld();
        String id = UUID.randomUUID().toString();
        staged.put(id, new Staged(id, account, ImportedDays.name(fileName), file, clock.instant()));
        return id;
    }

    /** The person's kept-aside file with that id; empty for anyone else's or one already imported. */
    public Optional<Staged> staged(AccountId account, String id) {
        Staged file = staged.get(id);
        return file == null || !file.account().equals(account) ? Optional.empty() : Optional.of(file);
    }

    /** Hands the kept-aside file over to an import job, which deletes it when done. */
    public Optional<Staged> take(AccountId account, String id) {
        Optional<Staged> file = staged(account, id);
        file.ifPresent(f -> staged.remove(f.id()));
        return file;
    }

    /** The importer for a job, reading the file by {@code mapping}. */
    public FileImporter reading(ColumnMapping mapping) {
        return (account, fileName, file, found) -> {
            ZoneId zone = accounts.preferences(account).timeZone();
            CsvDays.Days days;
            String hash;
            try (FingerprintingReadAhead in = new FingerprintingReadAhead(file)) {
                CsvRows rows = new CsvRows(in);
                List<String> header = rows.header();
                days = new CsvDays(
                                mapping, header, zone, DiaryDays.dayOf(clock.instant(), accounts.preferences(account)))
                        .read(rows, source(fileName), found);
                in.transferTo(OutputStream.nullOutputStream()); // the fingerprint covers the whole file
                hash = in.sha256Hex();
            }
            return saver.save(
                    account,
                    SOURCE_KIND,
                    fileName,
                    hash,
                    days.rowsUsed() + days.rowsLeftOut(),
                    days.nights(),
                    days.steps(),
                    days.painScores(),
                    days.rowsLeftOut());
        };
    }

    /** The header and the first rows as written, for the mapping page. */
    public List<List<String>> firstRows(Staged file, int count) throws IOException {
        try (InputStream in = Files.newInputStream(file.file())) {
            CsvRows rows = new CsvRows(in);
            List<List<String>> first = new java.util.ArrayList<>();
            first.add(rows.header());
            for (List<String> row = rows.next(); row != null && first.size() <= count; row = rows.next()) {
                first.add(row);
            }
            return first;
        }
    }

    /** The first rows read by the mapping, each with its day and values or its problem. */
    public List<CsvDays.Row> preview(Staged file, ColumnMapping mapping, int count) throws IOException {
        AccountId account = file.account();
        try (InputStream in = Files.newInputStream(file.file())) {
            CsvRows rows = new CsvRows(in);
            List<String> header = rows.header();
            return new CsvDays(
                            mapping,
                            header,
                            accounts.preferences(account).timeZone(),
                            DiaryDays.dayOf(clock.instant(), accounts.preferences(account)))
                    .preview(rows, count);
        }
    }

    /** The name the days carry as their source: the file's, so two spreadsheets stay apart. */
    static String source(String fileName) {
        String name = ImportedDays.name(fileName);
        return name.length() > 60 ? name.substring(0, 60) : name;
    }

    /** Deletes kept-aside files older than {@link #KEEP}. */
    void forgetOld() {
        Instant cutoff = clock.instant().minus(KEEP);
        staged.values().removeIf(file -> {
            if (file.uploaded().isBefore(cutoff)) {
                delete(file);
                return true;
            }
            return false;
        });
    }

    private static void delete(Staged file) {
        try {
            Files.deleteIfExists(file.file());
        } catch (IOException e) {
            log.warn("Could not delete the kept-aside CSV file {}", file.id());
        }
    }

    @PreDestroy
    void deleteAll() {
        sweeper.shutdownNow();
        staged.values().forEach(CsvImports::delete);
        staged.clear();
    }
}
