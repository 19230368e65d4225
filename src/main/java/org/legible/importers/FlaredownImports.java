package org.legible.importers;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.legible.accounts.AccountId;
import org.legible.accounts.Accounts;
import org.legible.diary.DiaryDays;
import org.legible.importers.csv.CsvRows;
import org.legible.importers.files.UnreadableExport;
import org.legible.importers.flaredown.ColumnRole;
import org.legible.importers.flaredown.ColumnSurvey;
import org.legible.importers.flaredown.FlaredownDays;
import org.legible.importers.flaredown.FlaredownLayout;
import org.springframework.stereotype.Service;

/**
 * Flaredown's CSV export: kept aside like any CSV (one person's, two hours), surveyed so the mapping page can say what
 * each column holds and guess its role, previewed by the person's roles, then brought in as a background import of
 * tracker-diary entries (fingerprinted, nothing written until the whole file is read, undone as a whole).
 */
@Service
public class FlaredownImports {

    public static final String SOURCE_KIND = "flaredown";

    /** What the mapping page shows and how the rows are read. */
    public record Mapping(List<ColumnRole> roles, boolean leaveOutBadRows) {}

    private final CsvImports staging;
    private final Accounts accounts;
    private final ImportedDays saver;
    private final Clock clock;

    FlaredownImports(CsvImports staging, Accounts accounts, ImportedDays saver, Clock clock) {
        this.staging = staging;
        this.accounts = accounts;
        this.saver = saver;
        this.clock = clock;
    }

    /** The file's layout; refused with a clear reason when it is not a Flaredown export. */
    public FlaredownLayout layout(KeptAsideFiles.Staged file) throws IOException {
        try (InputStream in = Files.newInputStream(file.file())) {
            return layout(new CsvRows(in));
        }
    }

    /** Every column after the date with what it holds, reading the whole file once. */
    public List<ColumnSurvey> survey(KeptAsideFiles.Staged file) throws IOException {
        try (InputStream in = Files.newInputStream(file.file())) {
            CsvRows rows = new CsvRows(in);
            return ColumnSurvey.of(layout(rows), rows);
        }
    }

    public List<FlaredownDays.Row> preview(KeptAsideFiles.Staged file, Mapping mapping, int count) throws IOException {
        try (InputStream in = Files.newInputStream(file.file())) {
            CsvRows rows = new CsvRows(in);
            return days(file.account(), layout(rows), mapping).preview(rows, count);
        }
    }

    /** The importer for a job, reading the file by the person's mapping. */
    public FileImporter reading(Mapping mapping) {
        return (account, fileName, file, found) -> {
            FlaredownDays.Days days;
            String hash;
            try (FingerprintingReadAhead in = new FingerprintingReadAhead(file)) {
                CsvRows rows = new CsvRows(in);
                days = days(account, layout(rows), mapping).read(rows, found);
                in.transferTo(OutputStream.nullOutputStream()); // the fingerprint covers the whole file
                hash = in.sha256Hex();
            }
            return saver.save(
                    account,
                    SOURCE_KIND,
                    fileName,
                    hash,
                    days.rowsUsed() + days.rowsLeftOut(),
                    List.of(),
                    List.of(),
                    days.entries(),
                    days.rowsLeftOut());
        };
    }

    public CsvImports staging() {
        return staging;
    }

    private FlaredownDays days(AccountId account, FlaredownLayout layout, Mapping mapping) {
        LocalDate today = DiaryDays.dayOf(clock.instant(), accounts.preferences(account));
        return new FlaredownDays(layout, mapping.roles(), today, mapping.leaveOutBadRows());
    }

    private static FlaredownLayout layout(CsvRows rows) throws IOException {
        return FlaredownLayout.of(rows.header()).orElseThrow(() -> new UnreadableExport("flaredown.notFlaredown", 1));
    }
}
