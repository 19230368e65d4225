package org.legible.importers;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.legible.accounts.AccountId;
import org.legible.accounts.Accounts;
import org.legible.diary.DiaryDays;
import org.legible.importers.csv.ColumnMapping;
import org.legible.importers.csv.CsvDays;
import org.legible.importers.csv.CsvRows;
import org.springframework.stereotype.Service;

/**
 * Any CSV file with a day per row (Oura, Garmin, Samsung, a spreadsheet): uploaded first and kept aside
 * ({@link KeptAsideFiles}) while the person maps its columns and previews the rows read, then imported like every
 * other file (fingerprinted, nothing written until the whole file has been read, nothing added the second time).
 */
@Service
public class CsvImports {

    public static final String SOURCE_KIND = "csv";

    private final Accounts accounts;
    private final ImportedDays saver;
    private final KeptAsideFiles kept;
    private final Clock clock;

    CsvImports(Accounts accounts, ImportedDays saver, KeptAsideFiles kept, Clock clock) {
        this.accounts = accounts;
        this.saver = saver;
        this.kept = kept;
        this.clock = clock;
    }

    /** Keeps the file (in the upload directory, which it now owns) for the person to map; returns its id. */
    public String stage(AccountId account, String fileName, Path file) {
        return kept.stage(account, fileName, file);
    }

    /** The person's kept-aside file with that id; empty for anyone else's or one already imported. */
    public Optional<KeptAsideFiles.Staged> staged(AccountId account, String id) {
        return kept.staged(account, id);
    }

    /** Hands the kept-aside file over to an import job; empty when another request took it first. */
    public Optional<KeptAsideFiles.Staged> take(AccountId account, String id) {
        return kept.take(account, id);
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
    public List<List<String>> firstRows(KeptAsideFiles.Staged file, int count) throws IOException {
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
    public List<CsvDays.Row> preview(KeptAsideFiles.Staged file, ColumnMapping mapping, int count) throws IOException {
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
}
