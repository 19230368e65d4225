package org.legible.assessments;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.legible.bodymap.BodySite;

/**
 * Answers suggested from the diary for a new assessment, for the person to confirm or change.
 *
 * @param answers item code → suggested answer
 * @param daysUsed how many diary days with check-ins the suggestion was read from
 * @param bordering item code → knee, ankle or foot sites marked beside an area that was left unticked, because the
 *     published criteria have no area for them
 */
public record Prefill(Map<String, String> answers, int daysUsed, Map<String, List<BodySite>> bordering) {

    public static final Prefill NONE = new Prefill(Map.of(), 0, Map.of());

    public Prefill {
        answers = Map.copyOf(answers);
        bordering = Map.copyOf(bordering);
    }

    public Set<String> codes() {
        return answers.keySet();
    }
}
