package org.legible.assessments.web;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.legible.assessments.AnswerSheet;
import org.legible.assessments.QuestionnaireDefinition;
import org.legible.assessments.QuestionnaireDefinition.Item;
import org.legible.assessments.QuestionnaireDefinition.ItemType;
import org.springframework.util.MultiValueMap;

/**
 * Reads a posted assessment form against its definition: each item arrives as {@code item.<code>}, and the answer the
 * diary suggested for it (if any) as {@code suggested.<code>}; anything else is ignored. Keeps what was typed for
 * redisplay, the valid answers for storage (marking those kept as suggested), and a problem per item, in page order.
 */
final class AnswerForm {

    static final String PREFIX = "item.";
    static final String SUGGESTED = "suggested.";

    record Problem(String messageKey, Object[] args) {}

    /**
     * @param suggestions item code → the answer the diary suggested, carried by the form so a result can say which
     *     answers came from it
     */
    record Parsed(
            Map<String, String> typed,
            Map<String, String> answers,
            Map<String, Problem> problems,
            Map<String, String> suggestions) {

        /** The answers to store: an answer is suggested only when it is still the one the diary suggested. */
        AnswerSheet sheet() {
            Set<String> kept = new HashSet<>();
            suggestions.forEach((code, value) -> {
                if (value.equals(answers.get(code))) {
                    kept.add(code);
                }
            });
            return new AnswerSheet(answers, kept);
        }
    }

    private AnswerForm() {}

    static Parsed parse(QuestionnaireDefinition definition, MultiValueMap<String, String> params, boolean finish) {
        Map<String, String> typed = new LinkedHashMap<>();
        Map<String, String> answers = new LinkedHashMap<>();
        Map<String, Problem> problems = new LinkedHashMap<>();
        Map<String, String> suggestions = new LinkedHashMap<>();
        for (Item item : definition.items()) {
            String suggested = params.getFirst(SUGGESTED + item.code());
            if (suggested != null) {
                item.normalise(suggested).ifPresent(value -> suggestions.put(item.code(), value));
            }
            String raw = params.getFirst(PREFIX + item.code());
            if (item.type() == ItemType.CHECK && (raw == null || raw.isBlank())) {
                // An unticked box is the answer "no pain there", as on the published checklist.
                raw = "no";
            }
            if (raw != null && !raw.isBlank()) {
                typed.put(item.code(), raw);
                item.normalise(raw)
                        .ifPresentOrElse(
                                value -> answers.put(item.code(), value),
                                () -> problems.put(item.code(), invalid(item)));
            } else if (finish && !item.optional()) {
                problems.put(item.code(), new Problem("assessment.answer.missing", new Object[0]));
            }
        }
        return new Parsed(typed, answers, problems, suggestions);
    }

    private static Problem invalid(Item item) {
        if (item.type() == ItemType.NUMBER) {
            return new Problem(
                    "assessment.number.invalid",
                    new Object[] {item.min().toPlainString(), item.max().toPlainString()});
        }
        return new Problem("assessment.answer.invalid", new Object[0]);
    }
}
