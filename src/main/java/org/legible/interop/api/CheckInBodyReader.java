package org.legible.interop.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.legible.bodymap.BodySite;
import org.legible.bodymap.Descriptor;
import org.legible.diary.CheckInDetails;
import org.legible.diary.Coded;
import org.legible.diary.Limits;
import org.legible.diary.RedFlag;
import org.legible.diary.Vocabulary;
import org.legible.interop.json.ExportDocument;

/**
 * Checks a {@link CheckInBody} the way the check-in form checks its fields, reporting every problem by its path in
 * the body, and turns a valid one into {@link CheckInDetails}. Codes are the vocabulary's stable codes.
 */
final class CheckInBodyReader {

    private final LocalDate today;
    private final List<FieldError> errors = new ArrayList<>();

    private CheckInBodyReader(LocalDate today) {
        this.today = today;
    }

    /** The details the body describes; throws {@link InvalidRequestException} listing every problem. */
    static CheckInDetails read(CheckInBody body, LocalDate today) {
        if (body == null) {
            throw new InvalidRequestException("", "The body must be a check-in object.");
        }
        CheckInBodyReader reader = new CheckInBodyReader(today);
        CheckInDetails details = reader.details(body);
        if (!reader.errors.isEmpty()) {
            throw new InvalidRequestException(reader.errors);
        }
        return details;
    }

    private CheckInDetails details(CheckInBody b) {
        LocalDate day = diaryDay(b.diaryDay());
        Integer overall = score("overallPain", b.overallPain(), true);
        Vocabulary.TimeOfDay timeOfDay = code("timeOfDay", Vocabulary.TimeOfDay.class, b.timeOfDay());
        Set<Vocabulary.PainContext> contexts = codes("contexts", Vocabulary.PainContext.class, b.contexts());
        List<CheckInDetails.SitePain> sites = sites(b.sites());
        CheckInDetails.Sleep sleep = sleep(b.sleep());
        Integer fatigue = score("fatigue", b.fatigue(), false);
        CheckInDetails.RestlessLegs restless = restlessLegs(b.restlessLegs());
        List<CheckInDetails.StrategyUse> strategies = strategies(b.strategies());
        List<CheckInDetails.MedicationUse> medications = medications(b.medications());
        List<CheckInDetails.TriggerMention> triggers = triggers(b.triggers());
        Set<RedFlag> redFlags = codes("redFlags", RedFlag.class, b.redFlags());
        String note = b.note();
        if (note != null && note.length() > Limits.NOTE_CHARACTERS) {
            error(
                    "note",
                    "Notes can be up to " + Limits.NOTE_CHARACTERS + " characters; this one has " + note.length()
                            + ".");
        }
        if (!errors.isEmpty()) {
            return null;
        }
        try {
            return new CheckInDetails(
                    day,
                    overall,
                    timeOfDay,
                    contexts,
                    sites,
                    sleep,
                    fatigue,
                    restless,
                    strategies,
                    medications,
                    triggers,
                    note,
                    redFlags);
        } catch (IllegalArgumentException e) {
            // Every rule of CheckInDetails is checked above; this only guards against one added later.
            error("", "The check-in is not valid.");
            return null;
        }
    }

    private LocalDate diaryDay(String text) {
        if (text == null) {
            error("diaryDay", "Required: the diary day as an ISO date, for example 2026-03-31.");
            return null;
        }
        try {
            LocalDate day = LocalDate.parse(text);
            if (day.isAfter(today)) {
                error("diaryDay", "The diary day cannot be in the future (today is " + today + ").");
            } else if (day.isBefore(Limits.EARLIEST_DAY)) {
                error("diaryDay", "The diary day cannot be before " + Limits.EARLIEST_DAY + ".");
            }
            return day;
        } catch (DateTimeParseException e) {
            error("diaryDay", "Must be an ISO date, for example 2026-03-31.");
            return null;
        }
    }

    private List<CheckInDetails.SitePain> sites(List<CheckInBody.Site> sites) {
        List<CheckInDetails.SitePain> result = new ArrayList<>();
        if (sites == null) {
            return result;
        }
        Set<BodySite> seen = new HashSet<>();
        for (int i = 0; i < sites.size(); i++) {
            String field = "sites[" + i + "]";
            CheckInBody.Site site = sites.get(i);
            if (site == null) {
                error(field, "Must be an object.");
                continue;
            }
            Optional<BodySite> where = BodySite.fromCode(site.site());
            if (where.isEmpty()) {
                error(field + ".site", "Unknown site; use a code such as heel-left (see docs/export-format.md).");
            } else if (!seen.add(where.get())) {
                error(field + ".site", "This site is listed twice.");
            }
            Integer intensity = score(field + ".intensity", site.intensity(), true);
            Set<Descriptor> felt = EnumSet.noneOf(Descriptor.class);
            List<String> descriptors = site.descriptors() == null ? List.of() : site.descriptors();
            for (int d = 0; d < descriptors.size(); d++) {
                Optional<Descriptor> descriptor = Descriptor.fromCode(descriptors.get(d));
                if (descriptor.isEmpty()) {
                    error(field + ".descriptors[" + d + "]", "Unknown descriptor; one of " + allCodes() + ".");
                } else {
                    felt.add(descriptor.get());
                }
            }
            if (where.isPresent() && intensity != null) {
                result.add(new CheckInDetails.SitePain(where.get(), intensity, felt));
            }
        }
        return result;
    }

    private CheckInDetails.Sleep sleep(ExportDocument.Sleep sleep) {
        if (sleep == null) {
            return null;
        }
        BigDecimal hours = sleep.hours();
        if (hours != null && (hours.signum() < 0 || hours.compareTo(Limits.MAX_SLEEP_HOURS) > 0)) {
            error("sleep.hours", "Must be from 0 to 24.");
            hours = null;
        }
        Integer quality = score("sleep.quality", sleep.quality(), false);
        return new CheckInDetails.Sleep(hours, quality, codes("sleep.wokeBy", Vocabulary.WokeBy.class, sleep.wokeBy()));
    }

    private CheckInDetails.RestlessLegs restlessLegs(ExportDocument.RestlessLegs restless) {
        if (restless == null) {
            return null;
        }
        return new CheckInDetails.RestlessLegs(
                score("restlessLegs.urge", restless.urge(), false),
                restless.worseAtRest(),
                restless.reliefByMovement(),
                restless.worseEveningOrNight());
    }

    private List<CheckInDetails.StrategyUse> strategies(List<ExportDocument.Strategy> strategies) {
        List<CheckInDetails.StrategyUse> result = new ArrayList<>();
        if (strategies == null) {
            return result;
        }
        if (strategies.size() > Limits.MAX_STRATEGIES) {
            error("strategies", "At most " + Limits.MAX_STRATEGIES + " strategies per check-in.");
            return result;
        }
        for (int i = 0; i < strategies.size(); i++) {
            String field = "strategies[" + i + "]";
            ExportDocument.Strategy s = strategies.get(i);
            if (s == null) {
                error(field, "Must be an object.");
                continue;
            }
            Vocabulary.Strategy strategy = code(field + ".strategy", Vocabulary.Strategy.class, s.strategy());
            String ownName = text(field + ".ownName", s.ownName(), Limits.NAME_CHARACTERS);
            if ((s.strategy() == null) == (ownName == null)) {
                error(field, "Give either strategy (a code) or ownName (your own), not both or neither.");
            }
            String detail = text(field + ".detail", s.detail(), Limits.NAME_CHARACTERS);
            Integer minutes = s.minutes();
            if (minutes != null && (minutes < 0 || minutes > Limits.MAX_MINUTES)) {
                error(field + ".minutes", "Must be a whole number from 0 to " + Limits.MAX_MINUTES + ".");
            }
            Vocabulary.Helped helped = code(field + ".helped", Vocabulary.Helped.class, s.helped());
            if (errors.isEmpty()) {
                result.add(new CheckInDetails.StrategyUse(strategy, ownName, detail, minutes, helped));
            }
        }
        return result;
    }

    private List<CheckInDetails.MedicationUse> medications(List<ExportDocument.Medication> medications) {
        List<CheckInDetails.MedicationUse> result = new ArrayList<>();
        if (medications == null) {
            return result;
        }
        if (medications.size() > Limits.MAX_MEDICATIONS) {
            error("medications", "At most " + Limits.MAX_MEDICATIONS + " medications per check-in.");
            return result;
        }
        for (int i = 0; i < medications.size(); i++) {
            String field = "medications[" + i + "]";
            ExportDocument.Medication m = medications.get(i);
            if (m == null) {
                error(field, "Must be an object.");
                continue;
            }
            String name = text(field + ".name", m.name(), Limits.NAME_CHARACTERS);
            if (m.name() == null || m.name().isBlank()) {
                error(field + ".name", "Required: the medication's name.");
            }
            BigDecimal dose = m.dose();
            if (dose != null && (dose.signum() < 0 || dose.compareTo(Limits.MAX_DOSE) > 0 || dose.scale() > 3)) {
                error(field + ".dose", "Must be from 0 to 1000000 with at most 3 decimal places.");
            }
            String unit = text(field + ".unit", m.unit(), Limits.UNIT_CHARACTERS);
            Vocabulary.MedicationSchedule schedule =
                    code(field + ".schedule", Vocabulary.MedicationSchedule.class, m.schedule());
            Vocabulary.Helped helped = code(field + ".helped", Vocabulary.Helped.class, m.helped());
            if (errors.isEmpty()) {
                result.add(new CheckInDetails.MedicationUse(name, dose, unit, schedule, helped));
            }
        }
        return result;
    }

    private List<CheckInDetails.TriggerMention> triggers(List<ExportDocument.Trigger> triggers) {
        List<CheckInDetails.TriggerMention> result = new ArrayList<>();
        if (triggers == null) {
            return result;
        }
        if (triggers.size() > Limits.MAX_TRIGGERS) {
            error("triggers", "At most " + Limits.MAX_TRIGGERS + " triggers per check-in.");
            return result;
        }
        for (int i = 0; i < triggers.size(); i++) {
            String field = "triggers[" + i + "]";
            ExportDocument.Trigger t = triggers.get(i);
            if (t == null) {
                error(field, "Must be an object.");
                continue;
            }
            Vocabulary.Trigger trigger = code(field + ".trigger", Vocabulary.Trigger.class, t.trigger());
            String ownName = text(field + ".ownName", t.ownName(), Limits.NAME_CHARACTERS);
            if ((t.trigger() == null) == (ownName == null)) {
                error(field, "Give either trigger (a code) or ownName (your own), not both or neither.");
            }
            if (errors.isEmpty()) {
                result.add(new CheckInDetails.TriggerMention(trigger, ownName));
            }
        }
        return result;
    }

    private Integer score(String field, Integer value, boolean required) {
        if (value == null) {
            if (required) {
                error(field, "Required: a whole number from 0 to 10.");
            }
            return null;
        }
        if (value < 0 || value > 10) {
            error(field, "Must be a whole number from 0 to 10.");
            return null;
        }
        return value;
    }

    /** Stripped text within its cap, or null when absent or blank. */
    private String text(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > max) {
            error(field, "Can be up to " + max + " characters.");
            return null;
        }
        return stripped;
    }

    private <E extends Enum<E> & Coded> E code(String field, Class<E> type, String code) {
        if (code == null) {
            return null;
        }
        Optional<E> value = Coded.fromCode(type, code);
        if (value.isEmpty()) {
            error(field, "Unknown code; one of " + codesOf(type, Coded::code) + ".");
            return null;
        }
        return value.get();
    }

    private <E extends Enum<E> & Coded> Set<E> codes(String field, Class<E> type, List<String> codes) {
        Set<E> values = new HashSet<>();
        if (codes == null) {
            return values;
        }
        for (int i = 0; i < codes.size(); i++) {
            E value = code(field + "[" + i + "]", type, codes.get(i));
            if (value != null) {
                values.add(value);
            } else if (codes.get(i) == null) {
                error(field + "[" + i + "]", "Must be a code, not null.");
            }
        }
        return values;
    }

    private static <E extends Enum<E>> String codesOf(Class<E> type, Function<E, String> code) {
        return Arrays.stream(type.getEnumConstants()).map(code).collect(Collectors.joining(", "));
    }

    private static String allCodes() {
        return codesOf(Descriptor.class, Descriptor::code);
    }

    private void error(String field, String message) {
        errors.add(new FieldError(field, message));
    }
}
