package org.legible.checkup;

import java.util.List;
import org.legible.diary.Coded;
import org.legible.diary.RedFlag;
import org.legible.insights.patterns.Explanation;
import org.legible.insights.patterns.Explanations;
import org.legible.insights.patterns.Mechanism;

/**
 * What a check-up's answers say: the red flags answered yes (shown first), the patterns they fit from the shared
 * rules, the strategies worth trying, and what a condition the person already has changes ({@link ConditionNote}). {@link #RULE_VERSION} is stored with each finished check-up, so a later
 * one can tell a change in the person from a change in the rules.
 */
public record CheckUpResult(
        List<RedFlag> redFlags,
        List<Explanation> explanations,
        List<Suggestion> suggestions,
        List<ConditionNote> conditionNotes) {

    /**
     * Raise when a rule or threshold changes. 1: the seven mechanisms of November 2026. 2: gait and osteoarthritis
     * (NICE NG226) added, and notes for arthritis and back problems.
     */
    public static final int RULE_VERSION = 2;

    public CheckUpResult {
        redFlags = List.copyOf(redFlags);
        explanations = List.copyOf(explanations);
        suggestions = List.copyOf(suggestions);
        conditionNotes = List.copyOf(conditionNotes);
    }

    public static CheckUpResult of(CheckUpAnswers answers) {
        List<RedFlag> flags = answers.all(Question.RED_FLAGS).stream()
                .map(code -> Coded.fromCode(RedFlag.class, code))
                .flatMap(java.util.Optional::stream)
                .toList();
        List<Explanation> explanations = Explanations.of(new CheckUpSigns(answers));
        return new CheckUpResult(
                flags, explanations, Suggestion.forPatterns(explanations), ConditionNote.of(answers, explanations));
    }

    public List<Mechanism> mechanisms() {
        return explanations.stream().map(Explanation::mechanism).toList();
    }
}
