package org.legible.diary.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.legible.bodymap.BodySite;
import org.legible.bodymap.Descriptor;
import org.legible.diary.CheckInDetails;
import org.legible.diary.CheckInDetails.MedicationUse;
import org.legible.diary.CheckInDetails.SitePain;
import org.legible.diary.CheckInDetails.StrategyUse;
import org.legible.diary.CheckInDetails.TriggerMention;
import org.legible.diary.CheckInDraft;
import org.legible.diary.CheckInRules;
import org.legible.diary.Coded;
import org.legible.diary.OwnItem;
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
        return parse(form, today, List.of());
    }

    /** {@code ownItems}: every one of the person's items, stopped ones too. */
    static Result parse(CheckInForm form, LocalDate today, List<OwnItem> ownItems) {
        FormRows rows = new FormRows();
        CheckInDraft draft = draft(form, today, rows);
        CheckInRules.Checked checked = CheckInRules.check(draft, today, ownItems);
        FieldProblems problems = new FieldProblems();
        for (CheckInRules.Problem problem : checked.problems()) {
            problems.add(rows.inputOf(problem.field()), problem.messageKey(), problem.args());
        }
        return new Result(checked.details(), problems);
    }

    /** The form as the rules read it: only the rows in use, with where each came from in the form. */
    private static CheckInDraft draft(CheckInForm form, LocalDate today, FormRows rows) {
        List<CheckInDraft.Site> sites = new ArrayList<>();
        for (int i = 0; i < form.sites().size(); i++) {
            SiteForm site = form.sites().get(i);
            if (site != null && site.isSelected()) {
                rows.sites.add(i);
                sites.add(new CheckInDraft.Site(site.code(), site.intensity(), filled(site.descriptors())));
            }
        }
        List<CheckInDraft.Strategy> strategies = new ArrayList<>();
        for (int i = 0; i < form.strategies().size(); i++) {
            StrategyForm strategy = form.strategies().get(i);
            if (strategy != null && strategy.isUsed()) {
                rows.strategies.add(i);
                boolean own = blank(strategy.code());
                strategies.add(new CheckInDraft.Strategy(
                        own ? null : strategy.code(),
                        own ? strategy.ownName() : null,
                        strategy.detail(),
                        strategy.minutes(),
                        strategy.helped()));
            }
        }
        List<CheckInDraft.Medication> medications = new ArrayList<>();
        for (int i = 0; i < form.medications().size(); i++) {
            MedicationForm medication = form.medications().get(i);
            if (medication != null && !medication.isBlank()) {
                rows.medications.add(i);
                medications.add(new CheckInDraft.Medication(
                        medication.name(),
                        medication.dose(),
                        medication.unit(),
                        medication.schedule(),
                        medication.helped()));
            }
        }
        List<CheckInDraft.Trigger> triggers = new ArrayList<>();
        filled(form.triggers()).forEach(code -> triggers.add(new CheckInDraft.Trigger(code, null)));
        if (!blank(form.ownTriggers())) {
            Set<String> ownNames = new LinkedHashSet<>();
            for (String part : CheckInRules.SEPARATORS.split(form.ownTriggers())) {
                if (!part.isBlank()) {
                    ownNames.add(part.strip());
                }
            }
            ownNames.forEach(name -> triggers.add(new CheckInDraft.Trigger(null, name)));
        }
        return new CheckInDraft(
                blank(form.diaryDay()) ? today.toString() : form.diaryDay(),
                form.overallPain(),
                form.timeOfDay(),
                filled(form.contexts()),
                sites,
                form.sleepHours(),
                form.sleepQuality(),
                filled(form.wokeBy()),
                form.fatigue(),
                form.rlsUrge(),
                form.rlsWorseAtRest(),
                form.rlsReliefByMovement(),
                form.rlsWorseEvening(),
                strategies,
                medications,
                triggers,
                form.note(),
                filled(form.redFlags()),
                form.mood(),
                form.stress(),
                form.interference(),
                form.morningStiffnessMinutes(),
                // Every row, so the rules' ownItems[i] is the form's row i; a blank answer is no answer.
                form.ownItems().stream()
                        .map(r -> r == null ? null : new CheckInDraft.OwnAnswer(r.item(), r.value()))
                        .toList());
    }

    /**
     * Where the form shows each field the rules name: the rows in use back to their place on the page, and the
     * export format's paths to the form's inputs ({@code sleep.hours} is {@code sleepHours}).
     */
    private static final class FormRows {
        private static final Pattern ROW = Pattern.compile("(sites|strategies|medications|triggers)\\[(\\d+)](.*)");
        private static final Map<String, String> INPUTS = Map.of(
                "sleep.hours", "sleepHours",
                "sleep.quality", "sleepQuality",
                "restlessLegs.urge", "rlsUrge",
                "restlessLegs.worseAtRest", "rlsWorseAtRest",
                "restlessLegs.reliefByMovement", "rlsReliefByMovement",
                "restlessLegs.worseEveningOrNight", "rlsWorseEvening");

        final List<Integer> sites = new ArrayList<>();
        final List<Integer> strategies = new ArrayList<>();
        final List<Integer> medications = new ArrayList<>();

        String inputOf(String field) {
            Matcher row = ROW.matcher(field);
            if (row.matches()) {
                int index = Integer.parseInt(row.group(2));
                String rest = row.group(3);
                return switch (row.group(1)) {
                    case "sites" -> rest.equals(".site") ? "sites" : "sites[" + sites.get(index) + "]" + listPart(rest);
                    case "strategies" ->
                        "strategies[" + strategies.get(index) + "]"
                                + (rest.equals(".strategy") ? ".code" : rest.isEmpty() ? ".ownName" : rest);
                    case "medications" -> "medications[" + medications.get(index) + "]" + rest;
                    default -> rest.equals(".trigger") ? "triggers" : "ownTriggers";
                };
            }
            if (field.equals("triggers")) {
                return "ownTriggers";
            }
            String list = field.replaceFirst("\\[\\d+]$", "");
            return INPUTS.getOrDefault(list, list.equals("sleep.wokeBy") ? "wokeBy" : list);
        }

        /** {@code .descriptors[2]} is the one group of descriptor boxes. */
        private static String listPart(String rest) {
            return rest.replaceFirst("\\[\\d+]$", "");
        }
    }

    private static List<String> filled(List<String> values) {
        return values.stream().filter(value -> !blank(value)).toList();
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
                d.redFlagsByUrgency().stream().map(Coded::code).toList(),
                number(d.moodAndStress().mood()),
                number(d.moodAndStress().stress()),
                number(d.interference()),
                number(d.morningStiffnessMinutes()),
                d.ownItems().stream()
                        .map(a -> new CheckInForm.OwnItemForm(a.item(), a.value()))
                        .toList());
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
