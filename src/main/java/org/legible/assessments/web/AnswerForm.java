package org.legible.assessments.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.legible.assessments.QuestionnaireDefinition;
import org.legible.assessments.QuestionnaireDefinition.Item;
import org.legible.assessments.QuestionnaireDefinition.ItemType;
import org.springframework.util.MultiValueMap;

/**
 * Reads a posted assessment form against its definition: each item arrives as {@code item.<code>}; anything else is
 * ignored. Keeps what was typed for redisplay, the valid answers for storage, and a problem per item, in page order.
 */
final class AnswerForm {

    static final String PREFIX = "item.";

    record Problem(String messageKey, Object[] args) {}

    record Parsed(Map<String, String> typed, Map<String, String> answers, Map<String, Problem> problems) {}

    private AnswerForm() {}

    static Parsed parse(QuestionnaireDefinition definition, MultiValueMap<String, String> params, boolean finish) {
        Map<String, String> typed = new LinkedHashMap<>();
        Map<String, String> answers = new LinkedHashMap<>();
        Map<String, Problem> problems = new LinkedHashMap<>();
        for (Item item : definition.items()) {
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
        return new Parsed(typed, answers, problems);
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
