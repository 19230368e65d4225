package org.legible.importers;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.function.LongConsumer;
import org.legible.accounts.AccountId;
import org.legible.accounts.Accounts;
import org.legible.accounts.Preferences;
import org.legible.diary.HealthMeasures;
import org.legible.importers.fitbit.FitbitExport;
import org.legible.importers.fitbit.FitbitTakeoutReader;
import org.legible.importers.fitbit.StepClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Imports a Fitbit export from Google Takeout into one account: its sleep logs become nights and its minute-by-minute
 * steps become step days, on the person's own days. Like every file import it fingerprints the whole file, writes
 * nothing until the whole file has been read, and adds nothing for a file it has seen.
 */
@Service
public class FitbitImports {

    public static final String SOURCE_KIND = "fitbit";

    private static final Logger log = LoggerFactory.getLogger(FitbitImports.class);

    private final Accounts accounts;
    private final ImportedDays saver;
    private final FitbitTakeoutReader reader = new FitbitTakeoutReader();

    FitbitImports(Accounts accounts, ImportedDays saver) {
        this.accounts = accounts;
        this.saver = saver;
    }

    /** The importer for a job, reading step times on {@code clock} ({@link StepClock#AUTO}: worked out). */
    public FileImporter reading(StepClock clock) {
        return (account, fileName, file, found) -> importFile(account, fileName, file, clock, found);
    }

    public ImportedDays.Outcome importFile(
            AccountId account, String fileName, InputStream file, StepClock clock, LongConsumer found)
            throws IOException {
        Preferences preferences = accounts.preferences(account);
        FitbitExport export = new FitbitExport(found);
        String hash;
        try (FingerprintingReadAhead in = new FingerprintingReadAhead(file)) {
            reader.read(in, fileName, export);
            in.transferTo(OutputStream.nullOutputStream()); // the fingerprint covers the whole file
            hash = in.sha256Hex();
        }
        StepClock used = export.stepClock(clock, preferences);
        if (clock == StepClock.AUTO) {
            log.info("Fitbit import for account {}: step times read as {}", account, used);
        }
        List<HealthMeasures.Night> nights = export.nights();
        List<HealthMeasures.StepDay> steps = export.stepDays(used, preferences);
        ImportedDays.Outcome outcome =
                saver.save(account, SOURCE_KIND, fileName, hash, export.records(), nights, steps);
        if (steps.isEmpty() || outcome.alreadyImported()) {
            return outcome;
        }
        // Say which clock the step times were read on, so a wrong guess can be seen and undone.
        String how = clock == StepClock.AUTO ? "auto." : "chosen.";
        return outcome.withNote(
                "healthImport.note.stepClock." + how + used.name().toLowerCase(java.util.Locale.ROOT));
    }
}
