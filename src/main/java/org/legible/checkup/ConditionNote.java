package org.legible.checkup;

import java.util.ArrayList;
import java.util.List;
import org.legible.insights.patterns.Explanation;
import org.legible.insights.patterns.Mechanism;

/**
 * What a condition the person already has changes in how to read their check-up, only where a source says so. A note
 * may say something whenever the condition is answered ({@code checkup.condition.<code>.title}, {@code .text},
 * {@code .source}) and may add a question for the clinician when a pattern fired that the condition bears on
 * ({@code .ask}). A thyroid problem has no note: the reference has no source for what it would change.
 */
public enum ConditionNote {
    /**
     * NICE NG19 (docs/clinical-basis.md, "Conditions the person already has"): an active diabetic foot problem needs the foot service within one
     * working day, at once with fever; a warm, swollen foot with nerve damage raises suspicion of a Charcot foot.
     * With the small-fibre pattern, painful diabetic polyneuropathy (Spallone 2012) is worth asking about.
     */
    DIABETES("diabetes", true, Mechanism.SMALL_FIBRE),
    /**
     * IRLSSG 2014 criterion 5 (docs/clinical-basis.md): restless legs is named only when another condition, arthritis among them, does not
     * account for the features; so with the restless-legs pattern the clinician is asked to tell the two apart.
     */
    ARTHRITIS("arthritis", false, Mechanism.RESTLESS_LEGS),
    /**
     * Cauda equina syndrome (GIRFT pathway, NICE CKS; docs/clinical-basis.md): with back or leg pain, new bladder, saddle or two-leg
     * nerve changes need emergency care. A known back problem makes those worth naming on the result itself.
     */
    BACK_PROBLEMS("back_problems", true, null);

    private final String code;
    private final boolean speaksAlone;
    private final Mechanism asksWith;

    ConditionNote(String code, boolean speaksAlone, Mechanism asksWith) {
        this.code = code;
        this.speaksAlone = speaksAlone;
        this.asksWith = asksWith;
    }

    public String code() {
        return code;
    }

    /** Whether the note has words of its own on the result, shown whenever the condition is answered. */
    public boolean speaksAlone() {
        return speaksAlone;
    }

    /** Whether the note adds a clinician question to these patterns. */
    public boolean asksWith(List<Explanation> explanations) {
        return asksWith != null && explanations.stream().anyMatch(x -> x.mechanism() == asksWith);
    }

    /**
     * The notes that say something for the conditions answered and the patterns found, in this enum's order; none
     * when the question was left alone.
     */
    public static List<ConditionNote> of(CheckUpAnswers answers, List<Explanation> explanations) {
        List<String> conditions = answers.all(Question.CONDITIONS);
        List<ConditionNote> notes = new ArrayList<>();
        for (ConditionNote note : values()) {
            if (conditions.contains(note.code) && (note.speaksAlone || note.asksWith(explanations))) {
                notes.add(note);
            }
        }
        return notes;
    }
}
