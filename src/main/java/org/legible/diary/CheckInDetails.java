package org.legible.diary;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.legible.bodymap.BodySite;
import org.legible.bodymap.Descriptor;
import org.legible.diary.Vocabulary.Helped;
import org.legible.diary.Vocabulary.MedicationSchedule;
import org.legible.diary.Vocabulary.PainContext;
import org.legible.diary.Vocabulary.Strategy;
import org.legible.diary.Vocabulary.TimeOfDay;
import org.legible.diary.Vocabulary.Trigger;
import org.legible.diary.Vocabulary.WokeBy;

/**
 * Everything a person says in one check-in. Only the diary day and the overall pain are required; each part
 * checks its own ranges, so an invalid check-in cannot exist (the form reports problems before it gets here).
 */
public record CheckInDetails(
        LocalDate diaryDay,
        int overallPain,
        TimeOfDay timeOfDay,
        Set<PainContext> contexts,
        List<SitePain> sites,
        Sleep sleep,
        Integer fatigue,
        RestlessLegs restlessLegs,
        List<StrategyUse> strategies,
        List<MedicationUse> medications,
        List<TriggerMention> triggers,
        String note,
        Set<RedFlag> redFlags,
        MoodAndStress moodAndStress,
        Integer interference,
        Integer morningStiffnessMinutes,
        List<OwnAnswer> ownItems) {

    /** A check-in without the "something new or different?" step or mood and stress. */
    public CheckInDetails(
            LocalDate diaryDay,
            int overallPain,
            TimeOfDay timeOfDay,
            Set<PainContext> contexts,
            List<SitePain> sites,
            Sleep sleep,
            Integer fatigue,
            RestlessLegs restlessLegs,
            List<StrategyUse> strategies,
            List<MedicationUse> medications,
            List<TriggerMention> triggers,
            String note) {
        this(
                diaryDay,
                overallPain,
                timeOfDay,
                contexts,
                sites,
                sleep,
                fatigue,
                restlessLegs,
                strategies,
                medications,
                triggers,
                note,
                Set.of(),
                MoodAndStress.NONE,
                null,
                null,
                List.of());
    }

    public CheckInDetails {
        Objects.requireNonNull(diaryDay, "diaryDay");
        if (diaryDay.isBefore(Limits.EARLIEST_DAY)) {
            throw new IllegalArgumentException("diary day too early");
        }
        requireScore(overallPain, "overallPain");
        if (fatigue != null) {
            requireScore(fatigue, "fatigue");
        }
        contexts = contexts == null || contexts.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(contexts));
        // Catalogue order (top to bottom, left before right), so equal check-ins compare equal.
        sites = sites == null
                ? List.of()
                : sites.stream()
                        .sorted(Comparator.comparingInt(s -> BodySite.all().indexOf(s.site())))
                        .toList();
        Set<BodySite> seen = new HashSet<>();
        for (SitePain site : sites) {
            if (!seen.add(site.site())) {
                throw new IllegalArgumentException("site listed twice");
            }
        }
        sleep = sleep == null ? Sleep.NONE : sleep;
        restlessLegs = restlessLegs == null ? RestlessLegs.NONE : restlessLegs;
        strategies = strategies == null ? List.of() : List.copyOf(strategies);
        medications = medications == null ? List.of() : List.copyOf(medications);
        triggers = triggers == null ? List.of() : List.copyOf(triggers);
        if (strategies.size() > Limits.MAX_STRATEGIES
                || medications.size() > Limits.MAX_MEDICATIONS
                || triggers.size() > Limits.MAX_TRIGGERS) {
            throw new IllegalArgumentException("too many entries");
        }
        redFlags = redFlags == null || redFlags.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(redFlags));
        moodAndStress = moodAndStress == null ? MoodAndStress.NONE : moodAndStress;
        if (interference != null) {
            requireScore(interference, "interference");
        }
        if (morningStiffnessMinutes != null
                && (morningStiffnessMinutes < 0 || morningStiffnessMinutes > Limits.MAX_MINUTES)) {
            throw new IllegalArgumentException("morning stiffness must be 0-" + Limits.MAX_MINUTES + " minutes");
        }
        // By the item's id, so equal check-ins compare equal; pages show them in the person's own order.
        ownItems = ownItems == null
                ? List.of()
                : ownItems.stream()
                        .sorted(Comparator.comparing(OwnAnswer::item))
                        .toList();
        if (ownItems.stream().map(OwnAnswer::item).distinct().count() < ownItems.size()) {
            throw new IllegalArgumentException("an own item answered twice");
        }
        note = FreeText.withoutControlCharacters(note);
        note = note == null || note.isBlank() ? null : note;
        if (note != null && note.length() > Limits.NOTE_CHARACTERS) {
            throw new IllegalArgumentException("note too long");
        }
    }

    /** The red flags answered yes, together, each with its urgency among the others. */
    public RedFlags reportedRedFlags() {
        return RedFlags.of(redFlags);
    }

    /** The red flags answered yes, most urgent first. */
    public List<RedFlag> redFlagsByUrgency() {
        return reportedRedFlags().byUrgency();
    }

    /** The same check-in without the person's note in their own words, for a share that leaves notes out. */
    public CheckInDetails withoutNote() {
        return new CheckInDetails(
                diaryDay,
                overallPain,
                timeOfDay,
                contexts,
                sites,
                sleep,
                fatigue,
                restlessLegs,
                strategies,
                medications,
                triggers,
                null,
                redFlags,
                moodAndStress,
                interference,
                morningStiffnessMinutes,
                ownItems);
    }

    /** The answer for the own item {@code id}, if this check-in holds one. */
    public Optional<String> answerFor(String id) {
        return ownItems.stream()
                .filter(a -> a.item().equals(id))
                .map(OwnAnswer::value)
                .findFirst();
    }

    static void requireScore(int value, String name) {
        if (value < 0 || value > 10) {
            throw new IllegalArgumentException(name + " must be 0-10");
        }
    }

    static String requireName(String value, int max, String name) {
        value = FreeText.withoutControlCharacters(value);
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > max) {
            throw new IllegalArgumentException(name + " too long");
        }
        return stripped;
    }

    /** Pain at one site: how much (0–10) and what it feels like. */
    public record SitePain(BodySite site, int intensity, Set<Descriptor> descriptors) {
        public SitePain {
            Objects.requireNonNull(site, "site");
            requireScore(intensity, "intensity");
            descriptors =
                    descriptors == null || descriptors.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(descriptors));
        }
    }

    /**
     * How the person is in themselves (issue 29), each 0 to 10 or null: mood from very low (0) to very good (10),
     * stress from none (0) to the most there could be (10).
     */
    public record MoodAndStress(Integer mood, Integer stress) {
        public static final MoodAndStress NONE = new MoodAndStress(null, null);

        public MoodAndStress {
            if (mood != null) {
                requireScore(mood, "mood");
            }
            if (stress != null) {
                requireScore(stress, "stress");
            }
        }
    }

    /**
     * The answer to one of the person's own items ({@link OwnItem}), in its canonical form: a scale's whole number,
     * "yes" or "no", a number written out plainly, or one of the item's words. {@link CheckInRules} checks it against
     * the item.
     */
    public record OwnAnswer(String item, String value) {
        public OwnAnswer {
            java.util.UUID.fromString(Objects.requireNonNull(item, "item"));
            Objects.requireNonNull(value, "value");
            if (value.isBlank() || value.length() > OwnItem.LABEL_CHARACTERS) {
                throw new IllegalArgumentException("an answer is 1 to " + OwnItem.LABEL_CHARACTERS + " characters");
            }
        }
    }

    /** Last night's sleep; every part optional. */
    public record Sleep(BigDecimal hours, Integer quality, Set<WokeBy> wokeBy) {
        public static final Sleep NONE = new Sleep(null, null, Set.of());

        public Sleep {
            if (hours != null && (hours.signum() < 0 || hours.compareTo(Limits.MAX_SLEEP_HOURS) > 0)) {
                throw new IllegalArgumentException("sleep hours must be 0-24");
            }
            if (quality != null) {
                requireScore(quality, "quality");
            }
            wokeBy = wokeBy == null || wokeBy.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(wokeBy));
        }

        public boolean isEmpty() {
            return hours == null && quality == null && wokeBy.isEmpty();
        }
    }

    /** The restless-legs urge (0–10) and its three features; every part optional. */
    public record RestlessLegs(
            Integer urge, Boolean worseAtRest, Boolean reliefByMovement, Boolean worseEveningOrNight) {
        public static final RestlessLegs NONE = new RestlessLegs(null, null, null, null);

        public RestlessLegs {
            if (urge != null) {
                requireScore(urge, "urge");
            }
        }

        public boolean isEmpty() {
            return urge == null && worseAtRest == null && reliefByMovement == null && worseEveningOrNight == null;
        }
    }

    /** A strategy used: a vocabulary one, or the person's own by name. */
    public record StrategyUse(Strategy strategy, String ownName, String detail, Integer minutes, Helped helped) {
        public StrategyUse {
            ownName = requireName(ownName, Limits.NAME_CHARACTERS, "ownName");
            if ((strategy == null) == (ownName == null)) {
                throw new IllegalArgumentException("a strategy is either from the vocabulary or the person's own");
            }
            detail = requireName(detail, Limits.NAME_CHARACTERS, "detail");
            if (minutes != null && (minutes < 0 || minutes > Limits.MAX_MINUTES)) {
                throw new IllegalArgumentException("minutes must be 0-1440");
            }
        }
    }

    /** A medication taken, with optional dose, unit, schedule and whether it helped. */
    public record MedicationUse(String name, BigDecimal dose, String unit, MedicationSchedule schedule, Helped helped) {
        public MedicationUse {
            name = requireName(name, Limits.NAME_CHARACTERS, "name");
            Objects.requireNonNull(name, "name");
            if (dose != null && (dose.signum() < 0 || dose.compareTo(Limits.MAX_DOSE) > 0 || dose.scale() > 3)) {
                throw new IllegalArgumentException("dose out of range");
            }
            unit = requireName(unit, Limits.UNIT_CHARACTERS, "unit");
        }
    }

    /** A trigger: a vocabulary one, or the person's own by name. */
    public record TriggerMention(Trigger trigger, String ownName) {
        public TriggerMention {
            ownName = requireName(ownName, Limits.NAME_CHARACTERS, "ownName");
            if ((trigger == null) == (ownName == null)) {
                throw new IllegalArgumentException("a trigger is either from the vocabulary or the person's own");
            }
        }
    }
}
