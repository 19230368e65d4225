package org.legible.diary.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.legible.bodymap.BodySite;
import org.legible.bodymap.Descriptor;
import org.legible.diary.CheckInDetails;
import org.legible.diary.CheckInDetails.MedicationUse;
import org.legible.diary.CheckInDetails.RestlessLegs;
import org.legible.diary.CheckInDetails.SitePain;
import org.legible.diary.CheckInDetails.Sleep;
import org.legible.diary.CheckInDetails.StrategyUse;
import org.legible.diary.CheckInDetails.TriggerMention;
import org.legible.diary.Coded;
import org.legible.diary.Limits;
import org.legible.diary.RedFlag;
import org.legible.diary.Vocabulary.Helped;
import org.legible.diary.Vocabulary.MedicationSchedule;
import org.legible.diary.Vocabulary.PainContext;
import org.legible.diary.Vocabulary.Strategy;
import org.legible.diary.Vocabulary.TimeOfDay;
import org.legible.diary.Vocabulary.Trigger;
import org.legible.diary.Vocabulary.WokeBy;
import org.legible.diary.web.CheckInForm.MedicationForm;
import org.legible.diary.web.CheckInForm.SiteForm;
import org.legible.diary.web.CheckInForm.StrategyForm;

/**
 * Turns what the person typed into a check-in, collecting every problem by field instead of stopping at the
 * first, and turns a stored check-in back into a form (for "same as last time" and corrections).
 */
final class CheckInFormMapper {

    /** Either details (no problems) or the problems; never both. */
    record Result(CheckInDetails details, FieldProblems problems) {
        boolean valid() {
            return details != null;
        }
    }

    private CheckInFormMapper() {}

    static Result parse(CheckInForm form, LocalDate today) {
        FieldProblems problems = new FieldProblems();
        LocalDate day = diaryDay(form.diaryDay(), today, problems);
        List<SitePain> sites = sites(form.sites(), problems);
        Integer overall = score(form.overallPain(), "overallPain", problems);
        if (overall == null && !problems.has("overallPain")) {
            problems.add("overallPain", "checkIn.overallPain.required");
        }
        TimeOfDay timeOfDay = code(TimeOfDay.class, form.timeOfDay(), "timeOfDay", problems);
        Set<PainContext> contexts = codes(PainContext.class, form.contexts(), "contexts", problems);
        BigDecimal sleepHours = sleepHours(form.sleepHours(), problems);
        Integer sleepQuality = score(form.sleepQuality(), "sleepQuality", problems);
        Set<WokeBy> wokeBy = codes(WokeBy.class, form.wokeBy(), "wokeBy", problems);
        Integer fatigue = score(form.fatigue(), "fatigue", problems);
        Integer urge = score(form.rlsUrge(), "rlsUrge", problems);
        Boolean worseAtRest = yesNo(form.rlsWorseAtRest(), "rlsWorseAtRest", problems);
        Boolean relief = yesNo(form.rlsReliefByMovement(), "rlsReliefByMovement", problems);
        Boolean worseEvening = yesNo(form.rlsWorseEvening(), "rlsWorseEvening", problems);
        List<StrategyUse> strategies = strategies(form.strategies(), problems);
        List<MedicationUse> medications = medications(form.medications(), problems);
        List<TriggerMention> triggers = triggers(form.triggers(), form.ownTriggers(), problems);
        Set<RedFlag> redFlags = codes(RedFlag.class, form.redFlags(), "redFlags", problems);
        String note = form.note();
        if (note != null && note.length() > Limits.NOTE_CHARACTERS) {
            problems.add("note", "checkIn.note.tooLong", Limits.NOTE_CHARACTERS, note.length());
        }
        if (!problems.isEmpty()) {
            return new Result(null, problems);
        }
        return new Result(
                new CheckInDetails(
                        day,
                        overall,
                        timeOfDay,
                        contexts,
                        sites,
                        new Sleep(sleepHours, sleepQuality, wokeBy),
                        fatigue,
                        new RestlessLegs(urge, worseAtRest, relief, worseEvening),
                        strategies,
                        medications,
                        triggers,
                        note,
                        redFlags),
                problems);
    }

    private static LocalDate diaryDay(String text, LocalDate today, FieldProblems problems) {
        if (blank(text)) {
            return today;
        }
        try {
            LocalDate day = LocalDate.parse(text.strip());
            if (day.isAfter(today)) {
                problems.add("diaryDay", "checkIn.diaryDay.future");
            } else if (day.isBefore(Limits.EARLIEST_DAY)) {
                problems.add("diaryDay", "checkIn.diaryDay.tooEarly");
            }
            return day;
        } catch (DateTimeParseException e) {
            problems.add("diaryDay", "checkIn.diaryDay.invalid");
            return today;
        }
    }

    private static List<SitePain> sites(List<SiteForm> forms, FieldProblems problems) {
        List<SitePain> sites = new ArrayList<>();
        Set<BodySite> seen = new HashSet<>();
        for (int i = 0; i < forms.size(); i++) {
            SiteForm form = forms.get(i);
            if (form == null || !form.isSelected()) {
                continue;
            }
            String field = "sites[" + i + "]";
            Optional<BodySite> site = BodySite.fromCode(form.code());
            if (site.isEmpty()) {
                problems.add("sites", "checkIn.site.unknown");
                continue;
            }
            if (!seen.add(site.get())) {
                continue;
            }
            Integer intensity = score(form.intensity(), field + ".intensity", problems);
            if (intensity == null && !problems.has(field + ".intensity")) {
                problems.add(field + ".intensity", "checkIn.site.intensityRequired");
            }
            Set<Descriptor> descriptors = EnumSet.noneOf(Descriptor.class);
            for (String code : form.descriptors()) {
                Optional<Descriptor> descriptor = Descriptor.fromCode(code);
                if (descriptor.isEmpty()) {
                    problems.add(field + ".descriptors", "checkIn.unknownChoice");
                } else {
                    descriptors.add(descriptor.get());
                }
            }
            if (intensity != null) {
                sites.add(new SitePain(site.get(), intensity, descriptors));
            }
        }
        return sites;
    }

    private static List<StrategyUse> strategies(List<StrategyForm> forms, FieldProblems problems) {
        List<StrategyUse> uses = new ArrayList<>();
        for (int i = 0; i < forms.size(); i++) {
            StrategyForm form = forms.get(i);
            if (form == null || !form.isUsed()) {
                continue;
            }
            String field = "strategies[" + i + "]";
            Strategy strategy = null;
            String ownName = null;
            if (!blank(form.code())) {
                strategy = code(Strategy.class, form.code(), field + ".code", problems);
            } else {
                ownName = text(form.ownName(), Limits.NAME_CHARACTERS, field + ".ownName", problems);
            }
            String detail = text(form.detail(), Limits.NAME_CHARACTERS, field + ".detail", problems);
            Integer minutes = wholeNumber(form.minutes(), 0, Limits.MAX_MINUTES, field + ".minutes", problems);
            Helped helped = code(Helped.class, form.helped(), field + ".helped", problems);
            if (strategy != null || ownName != null) {
                uses.add(new StrategyUse(strategy, ownName, detail, minutes, helped));
            }
        }
        if (uses.size() > Limits.MAX_STRATEGIES) {
            problems.add("strategies", "checkIn.tooMany", Limits.MAX_STRATEGIES);
        }
        return uses;
    }

    private static List<MedicationUse> medications(List<MedicationForm> forms, FieldProblems problems) {
        List<MedicationUse> uses = new ArrayList<>();
        for (int i = 0; i < forms.size(); i++) {
            MedicationForm form = forms.get(i);
            if (form == null || form.isBlank()) {
                continue;
            }
            String field = "medications[" + i + "]";
            String name = text(form.name(), Limits.NAME_CHARACTERS, field + ".name", problems);
            if (name == null && !problems.has(field + ".name")) {
                problems.add(field + ".name", "checkIn.medication.nameRequired");
            }
            BigDecimal dose = dose(form.dose(), field + ".dose", problems);
            String unit = text(form.unit(), Limits.UNIT_CHARACTERS, field + ".unit", problems);
            MedicationSchedule schedule =
                    code(MedicationSchedule.class, form.schedule(), field + ".schedule", problems);
            Helped helped = code(Helped.class, form.helped(), field + ".helped", problems);
            if (name != null) {
                uses.add(new MedicationUse(name, dose, unit, schedule, helped));
            }
        }
        if (uses.size() > Limits.MAX_MEDICATIONS) {
            problems.add("medications", "checkIn.tooMany", Limits.MAX_MEDICATIONS);
        }
        return uses;
    }

    private static List<TriggerMention> triggers(List<String> codes, String own, FieldProblems problems) {
        List<TriggerMention> mentions = new ArrayList<>();
        for (Trigger trigger : codes(Trigger.class, codes, "triggers", problems)) {
            mentions.add(new TriggerMention(trigger, null));
        }
        Set<String> ownNames = new LinkedHashSet<>();
        if (!blank(own)) {
            for (String part : own.split("[,;\\n]")) {
                String name = part.strip();
                if (name.length() > Limits.NAME_CHARACTERS) {
                    problems.add("ownTriggers", "checkIn.text.tooLong", Limits.NAME_CHARACTERS);
                } else if (!name.isEmpty()) {
                    ownNames.add(name);
                }
            }
        }
        ownNames.forEach(name -> mentions.add(new TriggerMention(null, name)));
        if (mentions.size() > Limits.MAX_TRIGGERS) {
            problems.add("ownTriggers", "checkIn.tooMany", Limits.MAX_TRIGGERS);
        }
        return mentions;
    }

    private static Integer score(String text, String field, FieldProblems problems) {
        return wholeNumber(text, 0, 10, field, problems);
    }

    private static Integer wholeNumber(String text, int min, int max, String field, FieldProblems problems) {
        if (blank(text)) {
            return null;
        }
        try {
            int value = Integer.parseInt(text.strip());
            if (value < min || value > max) {
                problems.add(field, "checkIn.number.range", min, max);
                return null;
            }
            return value;
        } catch (NumberFormatException e) {
            problems.add(field, "checkIn.number.range", min, max);
            return null;
        }
    }

    private static BigDecimal sleepHours(String text, FieldProblems problems) {
        BigDecimal hours = decimal(text, "sleepHours", problems);
        if (hours == null) {
            return null;
        }
        if (hours.signum() < 0 || hours.compareTo(Limits.MAX_SLEEP_HOURS) > 0 || hours.scale() > 2) {
            problems.add("sleepHours", "checkIn.sleepHours.range");
            return null;
        }
        return hours;
    }

    private static BigDecimal dose(String text, String field, FieldProblems problems) {
        BigDecimal dose = decimal(text, field, problems);
        if (dose == null) {
            return null;
        }
        if (dose.signum() < 0 || dose.compareTo(Limits.MAX_DOSE) > 0 || dose.scale() > 3) {
            problems.add(field, "checkIn.dose.range");
            return null;
        }
        return dose;
    }

    /** Accepts "7.5" and "7,5"; rejects exponents and anything else. */
    private static BigDecimal decimal(String text, String field, FieldProblems problems) {
        if (blank(text)) {
            return null;
        }
        String normalised = text.strip().replace(',', '.');
        if (!normalised.matches("\\d{1,9}(\\.\\d{1,6})?")) {
            problems.add(field, "checkIn.decimal.invalid");
            return null;
        }
        BigDecimal value = new BigDecimal(normalised).stripTrailingZeros();
        return value.scale() < 0 ? value.setScale(0) : value;
    }

    private static Boolean yesNo(String text, String field, FieldProblems problems) {
        if (blank(text)) {
            return null;
        }
        return switch (text) {
            case "yes" -> Boolean.TRUE;
            case "no" -> Boolean.FALSE;
            default -> {
                problems.add(field, "checkIn.unknownChoice");
                yield null;
            }
        };
    }

    private static String text(String value, int max, String field, FieldProblems problems) {
        if (blank(value)) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > max) {
            problems.add(field, "checkIn.text.tooLong", max);
            return null;
        }
        return stripped;
    }

    private static <E extends Enum<E> & Coded> E code(
            Class<E> type, String text, String field, FieldProblems problems) {
        if (blank(text)) {
            return null;
        }
        Optional<E> value = Coded.fromCode(type, text);
        if (value.isEmpty()) {
            problems.add(field, "checkIn.unknownChoice");
            return null;
        }
        return value.get();
    }

    private static <E extends Enum<E> & Coded> Set<E> codes(
            Class<E> type, List<String> texts, String field, FieldProblems problems) {
        Set<E> values = EnumSet.noneOf(type);
        for (String text : texts) {
            E value = code(type, text, field, problems);
            if (value != null) {
                values.add(value);
            }
        }
        return values;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** The form that shows a stored check-in, for correcting it or starting from it. */
    static CheckInForm toForm(CheckInDetails d) {
        // Every site in catalogue order, as the page renders them, so row indices are the same on every visit.
        Map<BodySite, SitePain> pains = new HashMap<>();
        d.sites().forEach(pain -> pains.put(pain.site(), pain));
        List<SiteForm> sites = new ArrayList<>();
        for (BodySite site : BodySite.all()) {
            SitePain pain = pains.get(site);
            sites.add(
                    pain == null
                            ? new SiteForm(site.code(), null, null, List.of())
                            : new SiteForm(
                                    site.code(),
                                    "on",
                                    Integer.toString(pain.intensity()),
                                    pain.descriptors().stream()
                                            .map(Descriptor::code)
                                            .toList()));
        }
        List<StrategyForm> strategies = new ArrayList<>();
        for (StrategyUse use : d.strategies()) {
            strategies.add(new StrategyForm(
                    use.strategy() == null ? null : use.strategy().code(),
                    use.strategy() == null ? null : "on",
                    use.ownName(),
                    use.detail(),
                    use.minutes() == null ? null : use.minutes().toString(),
                    codeOf(use.helped())));
        }
        List<MedicationForm> medications = new ArrayList<>();
        for (MedicationUse use : d.medications()) {
            medications.add(new MedicationForm(
                    use.name(),
                    use.dose() == null ? null : use.dose().toPlainString(),
                    use.unit(),
                    codeOf(use.schedule()),
                    codeOf(use.helped())));
        }
        List<String> triggers = new ArrayList<>();
        List<String> own = new ArrayList<>();
        for (TriggerMention mention : d.triggers()) {
            if (mention.trigger() != null) {
                triggers.add(mention.trigger().code());
            } else {
                own.add(mention.ownName());
            }
        }
        return new CheckInForm(
                d.diaryDay().toString(),
                sites,
                Integer.toString(d.overallPain()),
                codeOf(d.timeOfDay()),
                d.contexts().stream().map(Coded::code).toList(),
                d.sleep().hours() == null ? null : d.sleep().hours().toPlainString(),
                number(d.sleep().quality()),
                d.sleep().wokeBy().stream().map(Coded::code).toList(),
                number(d.fatigue()),
                number(d.restlessLegs().urge()),
                yesNo(d.restlessLegs().worseAtRest()),
                yesNo(d.restlessLegs().reliefByMovement()),
                yesNo(d.restlessLegs().worseEveningOrNight()),
                strategies,
                medications,
                triggers,
                String.join(", ", own),
                d.note(),
                d.redFlagsByUrgency().stream().map(Coded::code).toList());
    }

    private static String codeOf(Coded value) {
        return value == null ? null : value.code();
    }

    private static String number(Integer value) {
        return value == null ? null : value.toString();
    }

    private static String yesNo(Boolean value) {
        return value == null ? null : value ? "yes" : "no";
    }
}
