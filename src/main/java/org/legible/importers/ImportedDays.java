package org.legible.importers;

import java.util.List;
import java.util.Optional;
import org.legible.accounts.AccountId;
import org.legible.diary.HealthMeasures;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * Saves what a file import found, once per file: the file's SHA-256 names it, so the same file a second time (even
 * two uploads at the same moment) adds nothing, and days an earlier import already brought are skipped and counted.
 */
@Service
public class ImportedDays {

    /**
     * What an import did: the import (new or the earlier one of the same file), the days added and skipped, and the
     * records the person chose to leave out because they could not be read, and a note on how it was read, if any.
     */
    public record Outcome(
            HealthMeasures.Import imported,
            boolean alreadyImported,
            int nightsSkipped,
            int stepDaysSkipped,
            int recordsLeftOut,
            String note,
            int entriesSkipped) {

        public Outcome(
                HealthMeasures.Import imported,
                boolean alreadyImported,
                int nightsSkipped,
                int stepDaysSkipped,
                int recordsLeftOut,
                String note) {
            this(imported, alreadyImported, nightsSkipped, stepDaysSkipped, recordsLeftOut, note, 0);
        }

        /** The same, with a note for the person (a message key) about how the file was read. */
        public Outcome withNote(String key) {
            return new Outcome(
                    imported, alreadyImported, nightsSkipped, stepDaysSkipped, recordsLeftOut, key, entriesSkipped);
        }
    }

    private final HealthMeasures measures;

    ImportedDays(HealthMeasures measures) {
        this.measures = measures;
    }

    Outcome save(
            AccountId account,
            String sourceKind,
            String fileName,
            String sha256,
            long records,
            List<HealthMeasures.Night> nights,
            List<HealthMeasures.StepDay> steps) {
        return save(account, sourceKind, fileName, sha256, records, nights, steps, List.of(), 0);
    }

    Outcome save(
            AccountId account,
            String sourceKind,
            String fileName,
            String sha256,
            long records,
            List<HealthMeasures.Night> nights,
            List<HealthMeasures.StepDay> steps,
            List<HealthMeasures.TrackerEntry> entries,
            int leftOut) {
        Optional<HealthMeasures.Import> earlier = measures.findByFile(account, sha256);
        if (earlier.isPresent()) {
            return new Outcome(earlier.get(), true, 0, 0, 0, null);
        }
        try {
            HealthMeasures.Saved saved =
                    measures.save(account, sourceKind, name(fileName), sha256, records, nights, steps, entries);
            return new Outcome(
                    saved.saved(),
                    false,
                    saved.nightsSkipped(),
                    saved.stepDaysSkipped(),
                    leftOut,
                    null,
                    saved.entriesSkipped());
        } catch (DuplicateKeyException e) {
            // The same file, imported at the same moment by another request: that one keeps it.
            return new Outcome(measures.findByFile(account, sha256).orElseThrow(), true, 0, 0, 0, null);
        }
    }

    /** The last part of the name the browser or command gave, shortened: shown to the person, never a path. */
    public static String name(String given) {
        String name = given == null ? "" : given.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).strip();
        if (name.isEmpty()) {
            name = "export";
        }
        return name.length() > 255 ? name.substring(0, 255) : name;
    }
}
