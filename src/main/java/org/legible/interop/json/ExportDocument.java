package org.legible.interop.json;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.legible.diary.CheckInDraft;

/**
 * The shape of Legible's JSON export, format version {@value #FORMAT_VERSION}; every field is described in
 * docs/export-format.md. Codes are the vocabulary's stable codes, instants ISO-8601 UTC, days ISO dates. Absent
 * values are written as {@code null} so every object always has the same keys.
 */
public record ExportDocument(
        String format,
        int formatVersion,
        String exportedAt,
        Account account,
        List<OwnItem> ownItems,
        List<CheckIn> checkIns,
        List<Assessment> assessments,
        List<OutsideScore> outsideScores,
        List<CheckUp> checkUps,
        List<MeasureImport> measureImports,
        List<Experiment> experiments,
        List<Share> shares,
        List<AccessEvent> accessLog) {

    public static final String FORMAT = "legible-export";
    public static final int FORMAT_VERSION = 1;

    /**
     * {@code flareRule} is absent in files from before it existed; importing one keeps the default. So are {@code
     * tracksCycle} and {@code periodStarts} (the days a period started, earliest first), which import as off and none.
     */
    public record Account(
            String email,
            String timeZone,
            String dayBoundary,
            FlareRule flareRule,
            Map<String, Integer> assessmentIntervals,
            List<TrackedStrategy> trackedStrategies,
            List<RedFlagCheck> redFlagChecks,
            Reminders reminders,
            Boolean asksMoodAndStress,
            Boolean tracksCycle,
            List<String> periodStarts,
            List<EffectWindowChoice> effectWindows) {}

    /**
     * When the person chose to count a strategy's effect (issue 29): from {@code startsAfter} days after a use for
     * {@code lasts} days, by the strategy's code, {@code own:} and its own name, or {@code med:} and a medication's name,
     * in lower case. Strategies without
     * one use their kind's default. Absent in older files, which import with none.
     */
    public record EffectWindowChoice(String strategy, Integer startsAfter, Integer lasts) {}

    /**
     * Reminder choices: ISO weekdays (1 = Monday), one or two times, quiet hours, channels. Absent in files from before
     * reminders, and for a person who never chose any. The devices that get notifications and whether a calendar
     * address exists are listed, but not restored: they belong to a browser and to a secret shown once.
     */
    public record Reminders(
            List<Integer> days,
            List<String> times,
            String quietFrom,
            String quietUntil,
            boolean byPush,
            boolean byEmail,
            boolean paused,
            List<PushDevice> devices,
            boolean calendar) {}

    /**
     * A share of the report the person made (sharing module): listed so the record is whole, never restored, since its
     * link is a secret shown once. Absent in older files.
     */
    public record Share(
            String id,
            String label,
            String scope,
            boolean notes,
            boolean fhir,
            Integer periodDays,
            String from,
            String to,
            boolean passcode,
            String createdAt,
            String expiresAt,
            String revokedAt) {}

    /**
     * One line of the access log (a share opened, its PDF downloaded, a wrong passcode, an export, an API read with
     * the token's name and the address read); listed, never restored.
     */
    public record AccessEvent(String at, String share, String token, String carer, String kind, String detail) {}

    /** A browser that gets notifications: its push service and when it was added. */
    public record PushDevice(String service, String addedAt) {}

    /** A strategy the person tracks and since when; absent in files from before tracking, which import with none. */
    public record TrackedStrategy(String strategy, String since) {}

    /**
     * Something the person added to track (issue 29); check-ins answer it by its id. Absent in older files. {@code
     * low}/{@code high} only for a scale (null: the usual "none" and "the most there could be"), {@code unit} only for
     * a number, {@code words} only for words.
     */
    public record OwnItem(
            String id,
            String name,
            String kind,
            String low,
            String high,
            String unit,
            List<String> words,
            String since,
            String stoppedOn) {

        /** What the rules read, whichever channel brought it. */
        public org.legible.diary.OwnItemDraft draft() {
            return new org.legible.diary.OwnItemDraft(name, kind, low, high, unit, words);
        }
    }

    /** An answer to an own item, by its id, as canonical text (a whole number, yes or no, a number, a word). */
    public record OwnAnswer(String item, String value) {}

    /**
     * A red flag the person said a clinician has checked, and when; absent in files from before such checks, which
     * import with none.
     */
    public record RedFlagCheck(String flag, String checkedAt) {}

    /** What counts as a flare: points above the person's usual level on how many days in a row. */
    public record FlareRule(int points, int days) {}

    /** One check-in with every version, oldest first; the last one is how it stands now. */
    /** One check-in with its versions; {@code enteredBy} names the carer who entered it, null for the person. */
    public record CheckIn(String id, String recordedAt, List<Version> versions, String enteredBy) {

        public CheckIn(String id, String recordedAt, List<Version> versions) {
            this(id, recordedAt, versions, null);
        }
    }

    public record Version(int version, String savedAt, String supersededAt, Details details) {}

    /**
     * A check-in's answers. Numbers are read as written (5.9 stays 5.9, never cut to 5), so that
     * {@link org.legible.diary.CheckInRules} judges them exactly as it judges the form's.
     */
    public record Details(
            String diaryDay,
            BigDecimal overallPain,
            String timeOfDay,
            List<String> contexts,
            List<Site> sites,
            Sleep sleep,
            BigDecimal fatigue,
            RestlessLegs restlessLegs,
            List<Strategy> strategies,
            List<Medication> medications,
            List<Trigger> triggers,
            String note,
            List<String> redFlags,
            BigDecimal mood,
            BigDecimal stress,
            BigDecimal interference,
            BigDecimal morningStiffnessMinutes,
            List<OwnAnswer> ownItems) {

        /** The answers as the check-in rules read them, whichever channel brought them. */
        public CheckInDraft draft() {
            Sleep night = sleep == null ? new Sleep(null, null, null) : sleep;
            RestlessLegs legs = restlessLegs == null ? new RestlessLegs(null, null, null, null) : restlessLegs;
            return new CheckInDraft(
                    diaryDay,
                    CheckInDraft.typed(overallPain),
                    timeOfDay,
                    contexts,
                    each(
                            sites,
                            s -> new CheckInDraft.Site(s.site(), CheckInDraft.typed(s.intensity()), s.descriptors())),
                    CheckInDraft.typed(night.hours()),
                    CheckInDraft.typed(night.quality()),
                    night.wokeBy(),
                    CheckInDraft.typed(fatigue),
                    CheckInDraft.typed(legs.urge()),
                    CheckInDraft.typed(legs.worseAtRest()),
                    CheckInDraft.typed(legs.reliefByMovement()),
                    CheckInDraft.typed(legs.worseEveningOrNight()),
                    each(
                            strategies,
                            s -> new CheckInDraft.Strategy(
                                    s.strategy(),
                                    s.ownName(),
                                    s.detail(),
                                    CheckInDraft.typed(s.minutes()),
                                    s.helped())),
                    each(
                            medications,
                            m -> new CheckInDraft.Medication(
                                    m.name(), CheckInDraft.typed(m.dose()), m.unit(), m.schedule(), m.helped())),
                    each(triggers, t -> new CheckInDraft.Trigger(t.trigger(), t.ownName())),
                    note,
                    redFlags,
                    CheckInDraft.typed(mood),
                    CheckInDraft.typed(stress),
                    CheckInDraft.typed(interference),
                    CheckInDraft.typed(morningStiffnessMinutes),
                    each(ownItems, a -> new CheckInDraft.OwnAnswer(a.item(), a.value())));
        }

        /** Each part converted; a null part (JSON null in a list) stays null for the rules to report by its place. */
        private static <T, R> List<R> each(List<T> parts, java.util.function.Function<T, R> convert) {
            if (parts == null) {
                return null;
            }
            List<R> converted = new java.util.ArrayList<>(parts.size());
            for (T part : parts) {
                converted.add(part == null ? null : convert.apply(part));
            }
            return converted;
        }
    }

    public record Site(String site, BigDecimal intensity, List<String> descriptors) {}

    public record Sleep(BigDecimal hours, BigDecimal quality, List<String> wokeBy) {}

    public record RestlessLegs(
            BigDecimal urge, Boolean worseAtRest, Boolean reliefByMovement, Boolean worseEveningOrNight) {}

    public record Strategy(String strategy, String ownName, String detail, BigDecimal minutes, String helped) {}

    public record Medication(String name, BigDecimal dose, String unit, String schedule, String helped) {}

    public record Trigger(String trigger, String ownName) {}

    /**
     * {@code suggested}: the items whose answer is the diary's suggestion, kept by the person; absent in files from
     * before it was recorded, which import with none.
     */
    public record Assessment(
            String id,
            String instrumentVersion,
            String status,
            String diaryDay,
            String startedAt,
            String updatedAt,
            String completedAt,
            Map<String, String> answers,
            List<String> suggested) {}

    /**
     * A day-one check-up, finished or not, with its answers exactly as given: question code → answer codes,
     * strategy code → how it went, and medications in the person's words. Absent in files from before check-ups.
     */
    public record CheckUp(
            String id,
            String startedAt,
            String updatedAt,
            String completedAt,
            Integer ruleVersion,
            List<String> mechanisms,
            Map<String, List<String>> answers,
            Map<String, String> tried,
            String medications) {}

    /**
     * Sleep and steps brought in from another app's export, or another tracker's diary, with every day the import
     * added. Absent in files from before imports existed.
     */
    public record MeasureImport(
            String sourceKind,
            String fileName,
            String sha256,
            String importedAt,
            long records,
            List<MeasuredNight> nights,
            List<MeasuredSteps> steps,
            List<TrackerEntry> entries) {}

    /**
     * A day's entry from another symptom tracker's diary (Flaredown): a rating on its own scale, or a medication,
     * strategy or trigger by name with the dose as written. Absent in files from before such imports existed.
     */
    public record TrackerEntry(
            String diaryDay, String kind, String name, Integer rating, Integer scaleMax, String detail) {}

    public record MeasuredNight(
            String diaryDay,
            String source,
            BigDecimal asleepMinutes,
            BigDecimal inBedMinutes,
            BigDecimal coreMinutes,
            BigDecimal deepMinutes,
            BigDecimal remMinutes) {}

    /** {@code activeMinutes} is null when the file had none, and absent in files from before it was kept. */
    public record MeasuredSteps(String diaryDay, String source, long steps, Integer activeMinutes) {}

    /**
     * A personal experiment: the strategy, its first day, its planned days, and the day it was stopped early (null
     * otherwise); for randomised blocks (issue 28) its design, the other strategy of A against B, the days of each
     * block and of wash-out, and the arm of each pair's first block as drawn ("AB", one letter a pair); for two ways
     * of one strategy, each arm's way and what the person said of each day (followed or not). Absent in files from
     * before experiments, which import with none; files from before blocks import as "before-after", and files from
     * before ways with none.
     */
    public record Experiment(
            String strategy,
            String startedOn,
            int days,
            String endedOn,
            String createdAt,
            String design,
            String strategyB,
            Integer blockDays,
            Integer washoutDays,
            String blockOrder,
            String wayA,
            String wayB,
            List<FollowedDay> followed) {}

    /** What the person said of one day of an experiment of two ways: whether they followed its block. */
    public record FollowedDay(String day, boolean followed) {}

    public record OutsideScore(String instrument, String name, String measuredOn, BigDecimal score) {}
}
