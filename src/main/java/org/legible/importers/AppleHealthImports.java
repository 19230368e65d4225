package org.legible.importers;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import org.legible.accounts.AccountId;
import org.legible.accounts.Accounts;
import org.legible.accounts.Preferences;
import org.legible.diary.HealthMeasures;
import org.legible.importers.applehealth.AppleHealthReader;
import org.legible.importers.applehealth.DailyHealth;
import org.legible.importers.applehealth.HealthRecord;
import org.springframework.stereotype.Service;

/**
 * Imports an Apple Health export into one account: streams it through {@link AppleHealthReader} into
 * {@link DailyHealth} by the person's own days, fingerprints the whole file (SHA-256) as it streams, and saves the
 * nights and step days no earlier import has ({@link ImportedDays}). Nothing is written until the whole file has been
 * read, so a broken file leaves no trace.
 */
@Service
public class AppleHealthImports implements FileImporter {

    public static final String SOURCE_KIND = "apple_health";

    private final Accounts accounts;
    private final ImportedDays saver;
    private final AppleHealthReader reader;

    AppleHealthImports(Accounts accounts, ImportedDays saver) {
        this.accounts = accounts;
        this.saver = saver;
        this.reader = new AppleHealthReader();
    }

    @Override
    public ImportedDays.Outcome importFile(AccountId account, String fileName, InputStream file, LongConsumer found)
            throws IOException {
        DailyHealth days = new DailyHealth(accounts.preferences(account));
        AppleHealthReader.Counts counts;
        String hash;
        long[] used = {0};
        try (FingerprintingReadAhead in = new FingerprintingReadAhead(file)) {
            counts = reader.read(in, record -> {
                days.accept(record);
                found.accept(++used[0]);
            });
            in.transferTo(OutputStream.nullOutputStream()); // the fingerprint covers the whole file
            hash = in.sha256Hex();
        }
        return save(account, fileName, hash, counts, days);
    }

    /** From a file on disk: a large export is read in two halves at once, and fingerprinted beside them. */
    @Override
    public ImportedDays.Outcome importFile(AccountId account, String fileName, Path file, LongConsumer found)
            throws IOException {
        Preferences preferences = accounts.preferences(account);
        CompletableFuture<String> fingerprint = FileFingerprint.start(file);
        AtomicLong used = new AtomicLong();
        AppleHealthReader.Read<CountedDays> read =
                reader.read(file, () -> new CountedDays(new DailyHealth(preferences), used, found));
        DailyHealth days = read.parts().get(0).days();
        read.parts().stream().skip(1).forEach(part -> days.addAll(part.days()));
        return save(account, fileName, FileFingerprint.await(fingerprint), read.counts(), days);
    }

    /** One fold of records, telling {@code found} how many all folds have used so far. */
    private record CountedDays(DailyHealth days, AtomicLong used, LongConsumer found)
            implements Consumer<HealthRecord> {
        @Override
        public void accept(HealthRecord record) {
            days.accept(record);
            found.accept(used.incrementAndGet());
        }
    }

    private ImportedDays.Outcome save(
            AccountId account, String fileName, String hash, AppleHealthReader.Counts counts, DailyHealth days) {
        List<HealthMeasures.Night> nights = days.nights().stream()
                .map(n -> new HealthMeasures.Night(
                        n.day(),
                        n.source(),
                        n.asleepRecorded() ? tenth(n.asleepMinutes()) : null,
                        tenth(n.inBedMinutes()),
                        tenth(n.coreMinutes()),
                        tenth(n.deepMinutes()),
                        tenth(n.remMinutes())))
                .toList();
        List<HealthMeasures.StepDay> steps = days.steps().stream()
                .map(s -> new HealthMeasures.StepDay(s.day(), s.source(), s.steps(), s.exerciseMinutes()))
                .toList();
        return saver.save(account, SOURCE_KIND, fileName, hash, counts.records(), nights, steps);
    }

    static BigDecimal tenth(double minutes) {
        return BigDecimal.valueOf(minutes).setScale(1, RoundingMode.HALF_UP);
    }
}
