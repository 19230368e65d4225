package org.legible.checkup;

import java.util.ArrayList;
import java.util.List;
import org.legible.insights.patterns.Explanation;
import org.legible.insights.patterns.Mechanism;

/**
 * What a condition the person already has changes in how to read their check-up, only where a source says so. The
 * words live under {@code checkup.condition.<code>}; a note can also add a question for the clinician when a pattern
 * fired that the condition bears on. Conditions without a note here (arthritis, thyroid, back problems) change
 * nothing yet: the reference has no source for what they would change.
 */
public enum ConditionNote {
    /**
     * NICE NG19 (clinical_reference.md §6.6): an active diabetic foot problem needs the foot service within one
     * working day, at once with fever; a warm, swollen foot with nerve damage raises suspicion of a Charcot foot.
     * With the small-fibre pattern, painful diabetic polyneuropathy (Spallone 2012, §4) is worth asking about.
     */
    DIABETES("diabetes", Mechanism.SMALL_FIBRE);

    private final String code;
    private final Mechanism asksWith;

    ConditionNote(String code, Mechanism asksWith) {
        this.code = code;
        this.asksWith = asksWith;
    }

    public String code() {
        return code;
    }

    /** Whether the note adds a clinician question to these patterns. */
    public boolean asksWith(List<Explanation> explanations) {
        return explanations.stream().anyMatch(x -> x.mechanism() == asksWith);
    }

    /** The notes for the conditions answered, in this enum's order; none when the question was left alone. */
    public static List<ConditionNote> of(CheckUpAnswers answers) {
        List<String> conditions = answers.all(Question.CONDITIONS);
        List<ConditionNote> notes = new ArrayList<>();
        for (ConditionNote note : values()) {
            if (conditions.contains(note.code)) {
                notes.add(note);
            }
        }
        return notes;
    }
}
