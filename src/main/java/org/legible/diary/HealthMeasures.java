package org.legible.diary;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.legible.accounts.AccountId;

/**
 * Sleep and steps measured by other apps and brought in from their exports, kept beside the check-ins by diary day.
 * Every call is scoped to one account. A day holds at most one night and one step count: the first import that
 * brought it keeps it, so overlapping exports never count a day twice.
 */
public interface HealthMeasures {

    /** The apps whose files Legible brings in, as an import's {@code sourceKind}. */
    Set<String> SOURCE_KINDS = Set.of("apple_health", "fitbit", "csv");

    /** One night for the diary day it leads into, from the one source chosen for it. */
    record Night(
            LocalDate day,
            String source,
            BigDecimal asleepMinutes,
            BigDecimal inBedMinutes,
            BigDecimal coreMinutes,
            BigDecimal deepMinutes,
            BigDecimal remMinutes) {}

    /**
     * One day's steps from the one source chosen for it, and the active minutes counted that day (null when the file
     * had none).
     */
    record StepDay(LocalDate day, String source, long steps, Integer activeMinutes) {
        public StepDay(LocalDate day, String source, long steps) {
            this(day, source, steps, null);
        }
    }

    /** One import: which app's file, when, how many records it held and how many days it added. */
    record Import(
            String id,
            String sourceKind,
            String fileName,
            String sha256,
            Instant importedAt,
            long records,
            int nights,
            int stepDays) {}

    /** What saving an import did: the import, and the days it skipped because another import already had them. */
    record Saved(Import saved, int nightsSkipped, int stepDaysSkipped) {}

    /** An import with every day it brought, for the export. */
    record ImportWithDays(Import imported, List<Night> nights, List<StepDay> steps) {}

    Optional<Import> findByFile(AccountId account, String sha256);

    /** Every import with its days, oldest first. */
    List<ImportWithDays> everything(AccountId account);

    /**
     * Restores an import from a Legible export with its own time and file name (the id is new); false when this
     * account already has an import of the same file.
     */
    boolean restore(AccountId account, Import imported, List<Night> nights, List<StepDay> steps);

    /** Saves one import and the days no earlier import has. */
    Saved save(
            AccountId account,
            String sourceKind,
            String fileName,
            String sha256,
            long records,
            List<Night> nights,
            List<StepDay> steps);

    /** Newest first. */
    List<Import> imports(AccountId account);

    /** Removes one import and every day it brought; false when there is none. */
    boolean undo(AccountId account, String importId);

    List<Night> nights(AccountId account, LocalDate from, LocalDate to);

    List<StepDay> steps(AccountId account, LocalDate from, LocalDate to);
}
