package org.legible.importers;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import java.util.function.LongConsumer;
import org.legible.accounts.AccountId;
import org.legible.accounts.Accounts;
import org.legible.diary.HealthMeasures;
import org.legible.importers.applehealth.AppleHealthReader;
import org.legible.importers.applehealth.DailyHealth;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * Imports an Apple Health export into one account: streams it through {@link AppleHealthReader} into
 * {@link DailyHealth} by the person's own days, fingerprints the whole file (SHA-256) as it streams, and saves the
 * nights and step days no earlier import has. The same file a second time adds nothing. Nothing is written until
 * the whole file has been read, so a broken file leaves no trace.
 */
@Service
public class AppleHealthImports {

    public static final String SOURCE_KIND = "apple_health";

    /** What an import did: the import (new or the earlier one of the same file) and the days added and skipped. */
    public record Outcome(
            HealthMeasures.Import imported, boolean alreadyImported, int nightsSkipped, int stepDaysSkipped) {}

    private final Accounts accounts;
    private final HealthMeasures measures;
    private final AppleHealthReader reader;

    AppleHealthImports(Accounts accounts, HealthMeasures measures) {
        this.accounts = accounts;
        this.measures = measures;
        this.reader = new AppleHealthReader();
    }

    public Outcome importFile(AccountId account, String fileName, InputStream file) throws IOException {
        return importFile(account, fileName, file, found -> {});
    }

    /** The same, telling {@code found} how many sleep and step records it has used so far as it goes. */
    public Outcome importFile(AccountId account, String fileName, InputStream file, LongConsumer found)
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
        Optional<HealthMeasures.Import> earlier = measures.findByFile(account, hash);
        if (earlier.isPresent()) {
            return new Outcome(earlier.get(), true, 0, 0);
        }
        List<HealthMeasures.Night> nights = days.nights().stream()
                .map(n -> new HealthMeasures.Night(
                        n.day(),
                        n.source(),
                        tenth(n.asleepMinutes()),
                        tenth(n.inBedMinutes()),
                        tenth(n.coreMinutes()),
                        tenth(n.deepMinutes()),
                        tenth(n.remMinutes())))
                .toList();
        List<HealthMeasures.StepDay> steps = days.steps().stream()
                .map(s -> new HealthMeasures.StepDay(s.day(), s.source(), s.steps()))
                .toList();
        try {
            HealthMeasures.Saved saved =
                    measures.save(account, SOURCE_KIND, name(fileName), hash, counts.records(), nights, steps);
            return new Outcome(saved.saved(), false, saved.nightsSkipped(), saved.stepDaysSkipped());
        } catch (DuplicateKeyException e) {
            // The same file, imported at the same moment by another request: that one keeps it.
            return new Outcome(measures.findByFile(account, hash).orElseThrow(), true, 0, 0);
        }
    }

    /** The last part of the name the browser or command gave, shortened: shown to the person, never a path. */
    static String name(String given) {
        String name = given == null ? "" : given.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).strip();
        if (name.isEmpty()) {
            name = "export";
        }
        return name.length() > 255 ? name.substring(0, 255) : name;
    }

    private static BigDecimal tenth(double minutes) {
        return BigDecimal.valueOf(minutes).setScale(1, RoundingMode.HALF_UP);
    }
}
