package org.legible.checkup;

import java.util.List;
import java.util.Optional;
import org.legible.diary.Coded;
import org.legible.diary.RedFlag;
import org.legible.diary.RedFlags;
import org.legible.insights.patterns.Explanation;
import org.legible.insights.patterns.Explanations;
import org.legible.insights.patterns.Mechanism;

/**
 * What a check-up's answers say: the red flags answered yes (shown first, and alone while one that needs care now or
 * today waits for a clinician), the patterns they fit from the shared rules, the strategies worth trying, and what a
 * condition the person already has changes ({@link ConditionNote}). {@link #RULE_VERSION} is stored with each finished
 * check-up, so a later one can tell a change in the person from a change in the rules.
 *
 * @param claudication walking pain eased by rest was reported: supervised exercise is its usual first treatment, so
 *     exercise stays suggested with that said (docs/clinical-basis.md, "Red flags")
 */
public record CheckUpResult(
        RedFlags redFlags,
        List<Explanation> explanations,
        List<Suggestion> suggestions,
        List<ConditionNote> conditionNotes,
        boolean claudication) {

    /**
     * Raise when a rule or threshold changes; {@code checkup.rules.<version>} says what changed, and docs/
     * clinical-basis.md keeps the history. 1: the seven mechanisms of November 2026. 2: gait and osteoarthritis (NICE
     * NG226) added, and notes for arthritis and back problems. 3: red flags that hold back the rest, four new red
     * flags, swollen joints of the feet or more than one raise inflammatory arthritis alone, no heat beside cold or
     * numb feet, relaxation no longer carries a EULAR rating.
     */
    public static final int RULE_VERSION = 3;

    public CheckUpResult {
        explanations = List.copyOf(explanations);
        suggestions = List.copyOf(suggestions);
        conditionNotes = List.copyOf(conditionNotes);
    }

    public static CheckUpResult of(CheckUpAnswers answers) {
        RedFlags flags = RedFlags.of(answers.all(Question.RED_FLAGS).stream()
                .map(code -> Coded.fromCode(RedFlag.class, code))
                .flatMap(Optional::stream)
                .toList());
        List<Explanation> explanations = Explanations.of(new CheckUpSigns(answers));
        return new CheckUpResult(
                flags,
                explanations,
                Suggestion.forPatterns(explanations),
                ConditionNote.of(answers, explanations),
                flags.contains(RedFlag.CALF_PAIN_WALKING_EASES_AT_REST));
    }

    public List<Mechanism> mechanisms() {
        return explanations.stream().map(Explanation::mechanism).toList();
    }
}
