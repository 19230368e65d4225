package org.legible.diary;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.legible.accounts.AccountId;

/**
 * Sleep and steps measured by other apps, and diaries kept in other symptom trackers, brought in from their exports
 * and kept beside the check-ins by diary day.
 * Every call is scoped to one account. A day holds at most one night and one step count: the first import that
 * brought it keeps it, so overlapping exports never count a day twice.
 */
public interface HealthMeasures {

    /** The apps whose files Legible brings in, as an import's {@code sourceKind}. */
    Set<String> SOURCE_KINDS = Set.of("apple_health", "fitbit", "csv", "flaredown");

    /** One night for the diary day it leads into, from the one source chosen for it. */
    /** {@code asleepMinutes} is null when the night's source recorded only time in bed: unknown, never 0. */
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

        /**
         * The most steps a day can hold: above it a counter has gone wrong (a marathon is about 50,000). One rule for
         * every way steps come in (CSV, Apple Health, Fitbit, a JSON import); healthImport.implausibleSteps says it.
         */
        public static final long MAX_STEPS = 200_000;

        public static final int MAX_ACTIVE_MINUTES = 24 * 60;

        public StepDay(LocalDate day, String source, long steps) {
            this(day, source, steps, null);
        }

        /** Whether the day could be true: 0 to {@value #MAX_STEPS} steps, active minutes within the day. */
        public boolean plausible() {
            return steps >= 0
                    && steps <= MAX_STEPS
                    && (activeMinutes == null || (activeMinutes >= 0 && activeMinutes <= MAX_ACTIVE_MINUTES));
        }
    }

    /** What another tracker's diary entry became when it was brought in. */
    enum EntryKind {
        /** A rating on the tracker's own scale (Flaredown's conditions and symptoms, 0 to 4). */
        RATING("rating"),
        /** A treatment the person took, as a medication. */
        MEDICATION("medication"),
        /** A treatment the person did, as a strategy. */
        STRATEGY("strategy"),
        /** A tag, as a trigger. */
        TRIGGER("trigger");

        private final String code;

        EntryKind(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }

        public static Optional<EntryKind> fromCode(String code) {
            for (EntryKind kind : values()) {
                if (kind.code.equals(code)) {
                    return Optional.of(kind);
                }
            }
            return Optional.empty();
        }
    }

    /**
     * One thing another symptom tracker's diary held for a day, as the person mapped it: a rating kept on the
     * tracker's own scale (0 to {@code scaleMax}), or a medication, strategy or trigger by name, with the dose as
     * written in {@code detail}. Never turned into a check-in: that tracker did not ask Legible's questions.
     */
    record TrackerEntry(LocalDate day, EntryKind kind, String name, Integer rating, Integer scaleMax, String detail) {

        /** Room for the food names Flaredown writes (USDA long descriptions run past 100 characters). */
        public static final int NAME_CHARACTERS = 300;

        public static final int DETAIL_CHARACTERS = 100;
        public static final int MAX_SCALE = 100;

        public TrackerEntry {
            Objects.requireNonNull(day, "day");
            Objects.requireNonNull(kind, "kind");
            name = name == null ? "" : name.strip();
            if (name.isEmpty() || name.length() > NAME_CHARACTERS) {
                throw new IllegalArgumentException("name must be 1 to " + NAME_CHARACTERS + " characters");
            }
            detail = detail == null || detail.isBlank() ? null : detail.strip();
            if (detail != null && detail.length() > DETAIL_CHARACTERS) {
                throw new IllegalArgumentException("detail too long");
            }
            if (kind == EntryKind.RATING) {
                if (rating == null || scaleMax == null || scaleMax < 1 || scaleMax > MAX_SCALE) {
                    throw new IllegalArgumentException("a rating needs a value and a scale of 1 to " + MAX_SCALE);
                }
                if (rating < 0 || rating > scaleMax) {
                    throw new IllegalArgumentException("rating outside its scale");
                }
                if (detail != null) {
                    throw new IllegalArgumentException("a rating has no detail");
                }
            } else if (rating != null || scaleMax != null) {
                throw new IllegalArgumentException("only a rating has a value");
            }
        }

        /** Whether a text can name an entry: 1 to {@value #NAME_CHARACTERS} characters once stripped. */
        public static boolean isName(String text) {
            return text != null && !text.isBlank() && text.strip().length() <= NAME_CHARACTERS;
        }

        public static TrackerEntry rating(LocalDate day, String name, int rating, int scaleMax) {
            return new TrackerEntry(day, EntryKind.RATING, name, rating, scaleMax, null);
        }

        public static TrackerEntry named(LocalDate day, EntryKind kind, String name, String detail) {
            return new TrackerEntry(day, kind, name, null, null, detail);
        }
    }

    /**
     * One import: which app's file, when, how many records it held and how many days it added (nights, days of
     * steps, days of another tracker's diary).
     */
    record Import(
            String id,
            String sourceKind,
            String fileName,
            String sha256,
            Instant importedAt,
            long records,
            int nights,
            int stepDays,
            int entryDays) {}

    /** What saving an import did: the import, and what it skipped because another import already had it. */
    record Saved(Import saved, int nightsSkipped, int stepDaysSkipped, int entriesSkipped) {}

    /** An import with every day it brought, for the export. */
    record ImportWithDays(Import imported, List<Night> nights, List<StepDay> steps, List<TrackerEntry> entries) {}

    Optional<Import> findByFile(AccountId account, String sha256);

    /** Every import with its days, oldest first. */
    List<ImportWithDays> everything(AccountId account);

    /**
     * Restores an import from a Legible export with its own time and file name (the id is new); false when this
     * account already has an import of the same file.
     */
    boolean restore(
            AccountId account, Import imported, List<Night> nights, List<StepDay> steps, List<TrackerEntry> entries);

    /** Saves one import and the days no earlier import has. */
    default Saved save(
            AccountId account,
            String sourceKind,
            String fileName,
            String sha256,
            long records,
            List<Night> nights,
            List<StepDay> steps) {
        return save(account, sourceKind, fileName, sha256, records, nights, steps, List.of());
    }

    /** Saves one import: the nights, days of steps and tracker-diary entries no earlier import has. */
    Saved save(
            AccountId account,
            String sourceKind,
            String fileName,
            String sha256,
            long records,
            List<Night> nights,
            List<StepDay> steps,
            List<TrackerEntry> entries);

    /** Newest first. */
    List<Import> imports(AccountId account);

    /** Removes one import and every day it brought; false when there is none. */
    boolean undo(AccountId account, String importId);

    List<Night> nights(AccountId account, LocalDate from, LocalDate to);

    List<StepDay> steps(AccountId account, LocalDate from, LocalDate to);

    /**
     * Another tracker's diary entries for the days from {@code from} to {@code to}, by day, then ratings,
     * medications, strategies and triggers, each by name.
     */
    List<TrackerEntry> entries(AccountId account, LocalDate from, LocalDate to);

    /** A rated item of another app's diary, as imports brought it in: on which scale, on how many days, when. */
    record RatedItem(String name, int scaleMax, int days, LocalDate first, LocalDate last) {}

    /** Every rated item brought in, by name: what the list of own things shows beside the person's own. */
    List<RatedItem> ratedItems(AccountId account);

    /** The nights, steps and tracker entries of the days from {@code from} to {@code to}, as the three calls above. */
    record Measured(List<Night> nights, List<StepDay> steps, List<TrackerEntry> entries) {}

    /** All three kinds for a range of days, read in one transaction (one snapshot, one begin and commit). */
    Measured measured(AccountId account, LocalDate from, LocalDate to);
}
