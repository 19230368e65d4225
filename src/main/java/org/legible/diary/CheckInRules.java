package org.legible.diary;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.legible.bodymap.BodySite;
import org.legible.bodymap.Descriptor;
import org.legible.diary.CheckInDetails.MedicationUse;
import org.legible.diary.CheckInDetails.SitePain;
import org.legible.diary.CheckInDetails.StrategyUse;
import org.legible.diary.CheckInDetails.TriggerMention;
import org.legible.diary.Vocabulary.Helped;

/**
 * The one set of rules for a check-in, whichever way it comes (form, API, JSON import): every problem is found,
 * one per field, as a message key from messages.properties, so each channel refuses the same values in the same
 * words. Fields are named by their path in the export format (docs/export-format.md), such as
 * {@code sites[0].intensity} or {@code sleep.hours}; the form maps them to its own inputs.
 */
public final class CheckInRules {

    /** One problem: where, and the message key with its arguments. */
    public record Problem(String field, String messageKey, Object[] args) {}

    /** Either the details (no problems) or the problems, never both. */
    public record Checked(CheckInDetails details, List<Problem> problems) {
        public boolean valid() {
            return details != null;
        }
    }

    /** What separates one's own triggers in the form's one field. */
    public static final java.util.regex.Pattern SEPARATORS = java.util.regex.Pattern.compile("[,;\\n]");

    private final LocalDate today;
    private final Map<String, OwnItem> ownItems;
    private final Map<String, Problem> problems = new LinkedHashMap<>();

    private CheckInRules(LocalDate today, List<OwnItem> ownItems) {
        this.today = today;
        this.ownItems = new java.util.HashMap<>();
        ownItems.forEach(item -> this.ownItems.put(item.id(), item));
    }

    /** For a person who tracks nothing of their own: an answer to an own item is refused as unknown. */
    public static Checked check(CheckInDraft draft, LocalDate today) {
        return check(draft, today, List.of());
    }

    /** {@code ownItems}: every item of the person's, stopped ones too, so a correction keeps their answers. */
    public static Checked check(CheckInDraft draft, LocalDate today, List<OwnItem> ownItems) {
        CheckInRules rules = new CheckInRules(today, ownItems);
        CheckInDetails details = rules.details(draft);
        return rules.problems.isEmpty()
                ? new Checked(details, List.of())
                : new Checked(null, List.copyOf(rules.problems.values()));
    }

    private CheckInDetails details(CheckInDraft d) {
        LocalDate day = diaryDay(d.diaryDay());
        Integer overall = score(d.overallPain(), "overallPain");
        if (overall == null && !problems.containsKey("overallPain")) {
            add("overallPain", "checkIn.overallPain.required");
        }
        List<SitePain> sites = sites(d.sites());
        Vocabulary.TimeOfDay timeOfDay = code(Vocabulary.TimeOfDay.class, d.timeOfDay(), "timeOfDay");
        Set<Vocabulary.PainContext> contexts = codes(Vocabulary.PainContext.class, d.contexts(), "contexts");
        BigDecimal sleepHours = sleepHours(d.sleepHours());
        Integer sleepQuality = score(d.sleepQuality(), "sleep.quality");
        Set<Vocabulary.WokeBy> wokeBy = codes(Vocabulary.WokeBy.class, d.wokeBy(), "sleep.wokeBy");
        Integer fatigue = score(d.fatigue(), "fatigue");
        Integer urge = score(d.restlessUrge(), "restlessLegs.urge");
        Boolean worseAtRest = yesNo(d.worseAtRest(), "restlessLegs.worseAtRest");
        Boolean relief = yesNo(d.reliefByMovement(), "restlessLegs.reliefByMovement");
        Boolean worseEvening = yesNo(d.worseEveningOrNight(), "restlessLegs.worseEveningOrNight");
        List<StrategyUse> strategies = strategies(d.strategies());
        List<MedicationUse> medications = medications(d.medications());
        List<TriggerMention> triggers = triggers(d.triggers());
        Set<RedFlag> redFlags = codes(RedFlag.class, d.redFlags(), "redFlags");
        Integer mood = score(d.mood(), "mood");
        Integer stress = score(d.stress(), "stress");
        Integer interference = score(d.interference(), "interference");
        Integer stiffness = wholeNumber(d.morningStiffnessMinutes(), 0, Limits.MAX_MINUTES, "morningStiffnessMinutes");
        List<CheckInDetails.OwnAnswer> answers = ownAnswers(d.ownItems());
        String note = FreeText.withoutControlCharacters(d.note());
        if (note != null && note.length() > Limits.NOTE_CHARACTERS) {
            add("note", "checkIn.note.tooLong", Limits.NOTE_CHARACTERS, note.length());
        }
        if (!problems.isEmpty()) {
            return null;
        }
        return new CheckInDetails(
                day,
                overall,
                timeOfDay,
                contexts,
                sites,
                new CheckInDetails.Sleep(sleepHours, sleepQuality, wokeBy),
                fatigue,
                new CheckInDetails.RestlessLegs(urge, worseAtRest, relief, worseEvening),
                strategies,
                medications,
                triggers,
                note,
                redFlags,
                new CheckInDetails.MoodAndStress(mood, stress),
                interference,
                stiffness,
                answers);
    }

    private LocalDate diaryDay(String text) {
        if (blank(text)) {
            add("diaryDay", "checkIn.diaryDay.invalid");
            return null;
        }
        try {
            LocalDate day = LocalDate.parse(text.strip());
            if (day.isAfter(today)) {
                add("diaryDay", "checkIn.diaryDay.future");
            } else if (day.isBefore(Limits.EARLIEST_DAY)) {
                add("diaryDay", "checkIn.diaryDay.tooEarly");
            }
            return day;
        } catch (DateTimeException e) {
            add("diaryDay", "checkIn.diaryDay.invalid");
            return null;
        }
    }

    private List<SitePain> sites(List<CheckInDraft.Site> drafts) {
        List<SitePain> sites = new ArrayList<>();
        Set<BodySite> seen = new java.util.HashSet<>();
        for (int i = 0; i < drafts.size(); i++) {
            String field = "sites[" + i + "]";
            CheckInDraft.Site draft = drafts.get(i);
            if (draft == null) {
                add(field + ".site", "checkIn.site.unknown");
                continue;
            }
            Optional<BodySite> site = BodySite.fromCode(draft.site());
            if (site.isEmpty()) {
                add(field + ".site", "checkIn.site.unknown");
            } else if (!seen.add(site.get())) {
                add(field + ".site", "checkIn.site.twice");
            }
            Integer intensity = score(draft.intensity(), field + ".intensity");
            if (intensity == null && !problems.containsKey(field + ".intensity")) {
                add(field + ".intensity", "checkIn.site.intensityRequired");
            }
            Set<Descriptor> descriptors = EnumSet.noneOf(Descriptor.class);
            for (int d = 0; d < draft.descriptors().size(); d++) {
                Optional<Descriptor> descriptor =
                        Descriptor.fromCode(draft.descriptors().get(d));
                if (descriptor.isEmpty()) {
                    add(field + ".descriptors[" + d + "]", "checkIn.unknownChoice");
                } else {
                    descriptors.add(descriptor.get());
                }
            }
            if (site.isPresent() && intensity != null) {
                sites.add(new SitePain(site.get(), intensity, descriptors));
            }
        }
        return sites;
    }

    private List<StrategyUse> strategies(List<CheckInDraft.Strategy> drafts) {
        List<StrategyUse> uses = new ArrayList<>();
        if (drafts.size() > Limits.MAX_STRATEGIES) {
            add("strategies", "checkIn.tooMany", Limits.MAX_STRATEGIES);
            return uses;
        }
        for (int i = 0; i < drafts.size(); i++) {
            String field = "strategies[" + i + "]";
            CheckInDraft.Strategy draft = drafts.get(i);
            if (draft == null) {
                add(field, "checkIn.strategy.oneName");
                continue;
            }
            Vocabulary.Strategy strategy = code(Vocabulary.Strategy.class, draft.strategy(), field + ".strategy");
            String ownName = text(draft.ownName(), Limits.NAME_CHARACTERS, field + ".ownName");
            if (blank(draft.strategy()) == blank(draft.ownName())) {
                add(field, "checkIn.strategy.oneName");
            }
            String detail = text(draft.detail(), Limits.NAME_CHARACTERS, field + ".detail");
            Integer minutes = wholeNumber(draft.minutes(), 0, Limits.MAX_MINUTES, field + ".minutes");
            Helped helped = code(Helped.class, draft.helped(), field + ".helped");
            if (problems.isEmpty()) {
                uses.add(new StrategyUse(strategy, ownName, detail, minutes, helped));
            }
        }
        return uses;
    }

    private List<MedicationUse> medications(List<CheckInDraft.Medication> drafts) {
        List<MedicationUse> uses = new ArrayList<>();
        if (drafts.size() > Limits.MAX_MEDICATIONS) {
            add("medications", "checkIn.tooMany", Limits.MAX_MEDICATIONS);
            return uses;
        }
        for (int i = 0; i < drafts.size(); i++) {
            String field = "medications[" + i + "]";
            CheckInDraft.Medication draft = drafts.get(i);
            if (draft == null) {
                add(field + ".name", "checkIn.medication.nameRequired");
                continue;
            }
            String name = text(draft.name(), Limits.NAME_CHARACTERS, field + ".name");
            if (name == null && !problems.containsKey(field + ".name")) {
                add(field + ".name", "checkIn.medication.nameRequired");
            }
            BigDecimal dose = dose(draft.dose(), field + ".dose");
            String unit = text(draft.unit(), Limits.UNIT_CHARACTERS, field + ".unit");
            Vocabulary.MedicationSchedule schedule =
                    code(Vocabulary.MedicationSchedule.class, draft.schedule(), field + ".schedule");
            Helped helped = code(Helped.class, draft.helped(), field + ".helped");
            if (problems.isEmpty()) {
                uses.add(new MedicationUse(name, dose, unit, schedule, helped));
            }
        }
        return uses;
    }

    private List<TriggerMention> triggers(List<CheckInDraft.Trigger> drafts) {
        List<TriggerMention> mentions = new ArrayList<>();
        if (drafts.size() > Limits.MAX_TRIGGERS) {
            add("triggers", "checkIn.tooMany", Limits.MAX_TRIGGERS);
            return mentions;
        }
        for (int i = 0; i < drafts.size(); i++) {
            String field = "triggers[" + i + "]";
            CheckInDraft.Trigger draft = drafts.get(i);
            if (draft == null) {
                add(field, "checkIn.trigger.oneName");
                continue;
            }
            Vocabulary.Trigger trigger = code(Vocabulary.Trigger.class, draft.trigger(), field + ".trigger");
            String ownName = text(draft.ownName(), Limits.NAME_CHARACTERS, field + ".ownName");
            if (ownName != null && SEPARATORS.matcher(ownName).find()) {
                // The form lists one's own triggers in one field, split at these; a name holding one would split.
                add(field + ".ownName", "checkIn.trigger.separator");
            }
            if (blank(draft.trigger()) == blank(draft.ownName())) {
                add(field, "checkIn.trigger.oneName");
            }
            if (problems.isEmpty()) {
                mentions.add(new TriggerMention(trigger, ownName));
            }
        }
        return mentions;
    }

    private List<CheckInDetails.OwnAnswer> ownAnswers(List<CheckInDraft.OwnAnswer> drafts) {
        List<CheckInDetails.OwnAnswer> answers = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < drafts.size(); i++) {
            String field = "ownItems[" + i + "]";
            CheckInDraft.OwnAnswer draft = drafts.get(i);
            OwnItem item = draft == null || draft.item() == null ? null : ownItems.get(draft.item());
            if (item == null) {
                add(field + ".item", "checkIn.ownItem.unknown");
            } else if (!seen.add(item.id())) {
                add(field + ".item", "checkIn.ownItem.twice");
            } else {
                String value = ownAnswer(item, draft.value(), field + ".value");
                if (value != null) {
                    answers.add(new CheckInDetails.OwnAnswer(item.id(), value));
                }
            }
        }
        return answers;
    }

    /** The canonical answer, or null when blank (not answered) or refused (the problem is added). */
    private String ownAnswer(OwnItem item, String text, String field) {
        if (blank(text)) {
            return null;
        }
        return switch (item.kind()) {
            case SCALE -> {
                Integer value = score(text, field);
                yield value == null ? null : value.toString();
            }
            case YES_NO -> {
                Boolean value = yesNo(text, field);
                yield value == null ? null : value ? "yes" : "no";
            }
            case NUMBER -> {
                BigDecimal value = decimal(text, field);
                if (value != null
                        && (value.compareTo(Limits.MAX_OWN_NUMBER) > 0 || value.scale() > Limits.OWN_NUMBER_DECIMALS)) {
                    add(field, "checkIn.ownItem.number");
                    yield null;
                }
                yield value == null ? null : value.toPlainString();
            }
            case WORDS -> {
                String stripped = text.strip();
                Optional<String> word = item.words().stream()
                        .filter(w -> w.equalsIgnoreCase(stripped))
                        .findFirst();
                if (word.isEmpty()) {
                    add(field, "checkIn.ownItem.word", String.join(", ", item.words()));
                }
                yield word.orElse(null);
            }
        };
    }

    private Integer score(String text, String field) {
        return wholeNumber(text, 0, 10, field);
    }

    private Integer wholeNumber(String text, int min, int max, String field) {
        if (blank(text)) {
            return null;
        }
        try {
            int value = Integer.parseInt(text.strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // Reported below, as for a number out of range.
        }
        add(field, "checkIn.number.range", min, max);
        return null;
    }

    private BigDecimal sleepHours(String text) {
        BigDecimal hours = decimal(text, "sleep.hours");
        if (hours != null
                && (hours.compareTo(Limits.MAX_SLEEP_HOURS) > 0 || hours.scale() > Limits.SLEEP_HOURS_DECIMALS)) {
            add("sleep.hours", "checkIn.sleepHours.range");
            return null;
        }
        return hours;
    }

    private BigDecimal dose(String text, String field) {
        BigDecimal dose = decimal(text, field);
        if (dose != null && (dose.compareTo(Limits.MAX_DOSE) > 0 || dose.scale() > Limits.DOSE_DECIMALS)) {
            add(field, "checkIn.dose.range");
            return null;
        }
        return dose;
    }

    /** "7.5" or "7,5"; never negative, an exponent or anything else. */
    private BigDecimal decimal(String text, String field) {
        if (blank(text)) {
            return null;
        }
        String normalised = text.strip().replace(',', '.');
        if (!normalised.matches("\\d{1,9}(\\.\\d{1,6})?")) {
            add(field, "checkIn.decimal.invalid");
            return null;
        }
        BigDecimal value = new BigDecimal(normalised).stripTrailingZeros();
        return value.scale() < 0 ? value.setScale(0) : value;
    }

    private Boolean yesNo(String text, String field) {
        if (blank(text)) {
            return null;
        }
        return switch (text) {
            case "yes" -> Boolean.TRUE;
            case "no" -> Boolean.FALSE;
            default -> {
                add(field, "checkIn.unknownChoice");
                yield null;
            }
        };
    }

    /** Stripped text within its cap, or null when absent or blank. */
    private String text(String value, int max, String field) {
        value = FreeText.withoutControlCharacters(value);
        if (blank(value)) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > max) {
            add(field, "checkIn.text.tooLong", max);
            return null;
        }
        return stripped;
    }

    private <E extends Enum<E> & Coded> E code(Class<E> type, String text, String field) {
        if (blank(text)) {
            return null;
        }
        Optional<E> value = Coded.fromCode(type, text); // a code is exact: "morning " is not one
        if (value.isEmpty()) {
            add(field, "checkIn.unknownChoice");
            return null;
        }
        return value.get();
    }

    private <E extends Enum<E> & Coded> Set<E> codes(Class<E> type, List<String> texts, String field) {
        Set<E> values = EnumSet.noneOf(type);
        for (int i = 0; i < texts.size(); i++) {
            String text = texts.get(i);
            if (blank(text)) {
                add(field + "[" + i + "]", "checkIn.unknownChoice");
                continue;
            }
            E value = code(type, text, field + "[" + i + "]");
            if (value != null) {
                values.add(value);
            }
        }
        return values;
    }

    private void add(String field, String messageKey, Object... args) {
        problems.putIfAbsent(field, new Problem(field, messageKey, args));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
