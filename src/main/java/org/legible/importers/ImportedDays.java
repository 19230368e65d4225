package org.legible.importers;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.legible.accounts.AccountId;
import org.legible.accounts.Accounts;
import org.legible.diary.DiaryDays;
import org.legible.diary.HealthMeasures;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * Saves what a file import found, once per file: the file's SHA-256 names it, so the same file a second time (even
 * two uploads at the same moment) adds nothing, and days an earlier import already brought are skipped and counted.
 * Days after the person's today (a phone's clock set years ahead writes such records) are left out and counted, the
 * same for every kind of file: nothing from the future heads the history or moves the patterns. So are days of more
 * steps than a day can hold ({@link HealthMeasures.StepDay#plausible()}).
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
            int entriesSkipped,
            int futureDaysLeftOut,
            int implausibleDaysLeftOut) {

        public Outcome(
                HealthMeasures.Import imported,
                boolean alreadyImported,
                int nightsSkipped,
                int stepDaysSkipped,
                int recordsLeftOut,
                String note) {
            this(imported, alreadyImported, nightsSkipped, stepDaysSkipped, recordsLeftOut, note, 0, 0, 0);
        }

        /** The same, with a note for the person (a message key) about how the file was read. */
        public Outcome withNote(String key) {
            return new Outcome(
                    imported,
                    alreadyImported,
                    nightsSkipped,
                    stepDaysSkipped,
                    recordsLeftOut,
                    key,
                    entriesSkipped,
                    futureDaysLeftOut,
                    implausibleDaysLeftOut);
        }
    }

    private final HealthMeasures measures;
    private final Accounts accounts;
    private final Clock clock;

    ImportedDays(HealthMeasures measures, Accounts accounts, Clock clock) {
        this.measures = measures;
        this.accounts = accounts;
        this.clock = clock;
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
        LocalDate today = DiaryDays.dayOf(clock.instant(), accounts.preferences(account));
        Set<LocalDate> future = new TreeSet<>();
        List<HealthMeasures.Night> pastNights = upTo(today, nights, HealthMeasures.Night::day, future);
        // More steps than a day can hold is a counter gone wrong: left out and counted, as every import does.
        List<HealthMeasures.StepDay> plausibleSteps =
                steps.stream().filter(HealthMeasures.StepDay::plausible).toList();
        int implausible = steps.size() - plausibleSteps.size();
        List<HealthMeasures.StepDay> pastSteps = upTo(today, plausibleSteps, HealthMeasures.StepDay::day, future);
        List<HealthMeasures.TrackerEntry> pastEntries = upTo(today, entries, HealthMeasures.TrackerEntry::day, future);
        try {
            HealthMeasures.Saved saved = measures.save(
                    account, sourceKind, name(fileName), sha256, records, pastNights, pastSteps, pastEntries);
            return new Outcome(
                    saved.saved(),
                    false,
                    saved.nightsSkipped(),
                    saved.stepDaysSkipped(),
                    leftOut,
                    null,
                    saved.entriesSkipped(),
                    future.size(),
                    implausible);
        } catch (DuplicateKeyException e) {
            // The same file, imported at the same moment by another request: that one keeps it.
            return new Outcome(measures.findByFile(account, sha256).orElseThrow(), true, 0, 0, 0, null);
        }
    }

    /** The items of days up to today; the days after it are added to {@code future}. */
    private static <T> List<T> upTo(
            LocalDate today, List<T> items, Function<T, LocalDate> dayOf, Set<LocalDate> future) {
        List<T> kept = new ArrayList<>(items.size());
        for (T item : items) {
            LocalDate day = dayOf.apply(item);
            if (day.isAfter(today)) {
                future.add(day);
            } else {
                kept.add(item);
            }
        }
        return kept;
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
