package org.legible.assessments;

import java.util.Map;
import java.util.Set;

/**
 * Answers suggested from the diary for a new assessment, for the person to confirm or change.
 *
 * @param answers item code → suggested answer
 * @param daysUsed how many diary days with check-ins the suggestion was read from
 * @param usedLegibleChoice whether a knee or foot site was counted as "lower leg" (Legible's documented choice)
 */
public record Prefill(Map<String, String> answers, int daysUsed, boolean usedLegibleChoice) {

    public static final Prefill NONE = new Prefill(Map.of(), 0, false);

    public Prefill {
        answers = Map.copyOf(answers);
    }

    public Set<String> codes() {
        return answers.keySet();
    }
}
