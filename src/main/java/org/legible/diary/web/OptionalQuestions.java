package org.legible.diary.web;

/**
 * Which of the check-in's optional parts a new check-in offers (issue 29): mood and stress unless the person turned
 * them off; how much pain got in the way until the day holds an answer; how long the morning's stiffness lasted in
 * the morning, until the day holds an answer. A part that holds a value is shown whatever these say, so correcting
 * a check-in never hides what it holds.
 */
record OptionalQuestions(boolean moodAndStress, boolean interference, boolean morningStiffness) {

    /** Whether the folded section {@code key} (an {@link OpenSections.Deferred#key()}) is offered. */
    boolean offers(String key) {
        return switch (key) {
            case "mood" -> moodAndStress;
            case "interference" -> interference;
            case "morningStiffness" -> morningStiffness;
            default -> true;
        };
    }
}
