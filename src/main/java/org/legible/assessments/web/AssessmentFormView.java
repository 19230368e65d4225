package org.legible.assessments.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.legible.assessments.Instrument;
import org.legible.assessments.Prefill;
import org.legible.assessments.QuestionnaireDefinition;
import org.legible.assessments.QuestionnaireDefinition.Item;
import org.legible.assessments.QuestionnaireDefinition.Section;
import org.legible.bodymap.BodySite;
import org.legible.bodymap.SiteNames;
import org.springframework.context.MessageSource;

/**
 * The page model of an assessment form, drawn from the questionnaire definition: every item with what the person
 * gave (or what the diary suggested), what the diary suggested for it (carried in a hidden field so the stored result
 * can say so), whether the answer is still that suggestion, a prompt where marked places border an area that was
 * left unticked, and any problem next to it.
 */
final class AssessmentFormView {

    /** One answer choice of an item. */
    record Option(String value, String labelKey) {}

    /** One item; {@code id} is the anchor the error summary links to. */
    record ItemRow(
            String code,
            String type,
            String name,
            String id,
            String labelKey,
            String hintKey,
            String value,
            String error,
            String suggested,
            boolean prefilled,
            String bordering,
            List<Option> options) {}

    record SectionRow(String code, String legendKey, String hintKey, boolean prefilled, List<ItemRow> items) {}

    record ErrorLink(String anchor, String message) {}

    private final Instrument instrument;
    private final List<SectionRow> sections;
    private final List<ErrorLink> errors;

    private AssessmentFormView(Instrument instrument, List<SectionRow> sections, List<ErrorLink> errors) {
        this.instrument = instrument;
        this.sections = sections;
        this.errors = errors;
    }

    static AssessmentFormView of(
            Instrument instrument,
            Map<String, String> values,
            Map<String, String> suggestions,
            Prefill prefill,
            Map<String, AnswerForm.Problem> problems,
            MessageSource messages,
            Locale locale) {
        QuestionnaireDefinition definition = instrument.definition();
        String base = "assessment." + instrument.code() + ".";
        List<SectionRow> sections = new ArrayList<>();
        List<ErrorLink> errors = new ArrayList<>();
        for (Section section : definition.sections()) {
            List<ItemRow> items = new ArrayList<>();
            boolean sectionPrefilled = false;
            for (Item item : section.items()) {
                String value = values.get(item.code());
                String suggested = suggestions.get(item.code());
                boolean prefilled = suggested != null && suggested.equals(value);
                sectionPrefilled |= prefilled;
                String id = "item-" + item.code();
                String error = null;
                AnswerForm.Problem problem = problems.get(item.code());
                if (problem != null) {
                    error = messages.getMessage(problem.messageKey(), problem.args(), locale);
                    errors.add(new ErrorLink(id, messages.getMessage(base + item.code(), null, locale) + ": " + error));
                }
                items.add(new ItemRow(
                        item.code(),
                        item.type().name().toLowerCase(Locale.ROOT),
                        AnswerForm.PREFIX + item.code(),
                        id,
                        base + item.code(),
                        messages.getMessage(base + item.code() + ".hint", null, "", locale)
                                        .isEmpty()
                                ? null
                                : base + item.code() + ".hint",
                        value,
                        error,
                        suggested,
                        prefilled,
                        bordering(prefill.bordering().get(item.code()), messages, locale),
                        options(item)));
            }
            String sectionBase = base + "section." + section.code();
            sections.add(new SectionRow(
                    section.code(),
                    sectionBase,
                    messages.getMessage(sectionBase + ".hint", null, "", locale).isEmpty()
                            ? null
                            : sectionBase + ".hint",
                    sectionPrefilled,
                    List.copyOf(items)));
        }
        return new AssessmentFormView(instrument, List.copyOf(sections), List.copyOf(errors));
    }

    /** "You marked left heel and left toes…" beside a lower leg left unticked; null when nothing borders it. */
    private static String bordering(List<BodySite> sites, MessageSource messages, Locale locale) {
        if (sites == null || sites.isEmpty()) {
            return null;
        }
        List<String> names =
                sites.stream().map(site -> SiteNames.of(site, messages, locale)).toList();
        String joined = names.size() == 1
                ? names.get(0)
                : String.join(", ", names.subList(0, names.size() - 1))
                        + messages.getMessage("list.and", null, locale)
                        + names.get(names.size() - 1);
        return messages.getMessage("acr.bordering", new Object[] {joined}, locale);
    }

    private static List<Option> options(Item item) {
        return switch (item.type()) {
            case CHECK, NUMBER -> List.of();
            case SEVERITY ->
                List.of(
                        new Option("0", "assessment.severity.0"),
                        new Option("1", "assessment.severity.1"),
                        new Option("2", "assessment.severity.2"),
                        new Option("3", "assessment.severity.3"));
            case YES_NO -> List.of(new Option("yes", "yes"), new Option("no", "no"));
            case YES_NO_UNSURE ->
                List.of(new Option("yes", "yes"), new Option("no", "no"), new Option("unsure", "assessment.unsure"));
        };
    }

    public Instrument getInstrument() {
        return instrument;
    }

    public List<SectionRow> getSections() {
        return sections;
    }

    public List<ErrorLink> getErrors() {
        return errors;
    }
}
