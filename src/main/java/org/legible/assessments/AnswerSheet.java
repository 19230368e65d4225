package org.legible.assessments;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The stored answers of one assessment (item code → answer text, as {@link QuestionnaireDefinition.Item#normalise}
 * wrote them), read into the inputs of the scoring rules. Scores are always computed from here, never stored.
 *
 * @param suggested the items whose answer is the one the diary suggested and the person kept, so a result can say
 *     which of its areas came from a suggestion; only items that are answered
 */
public record AnswerSheet(Map<String, String> answers, Set<String> suggested) {

    public AnswerSheet {
        answers = Map.copyOf(answers);
        Set<String> kept = new java.util.TreeSet<>(suggested);
        kept.retainAll(answers.keySet());
        suggested = java.util.Collections.unmodifiableSet(kept);
    }

    /** Answers none of which came from a suggestion. */
    public AnswerSheet(Map<String, String> answers) {
        this(answers, Set.of());
    }

    public boolean wasSuggested(String code) {
        return suggested.contains(code);
    }

    public Optional<String> get(String code) {
        return Optional.ofNullable(answers.get(code));
    }

    /** The ACR 2016 answers; every required item must be answered. */
    public Acr2016Answers acr2016() {
        Set<WpiArea> painful = EnumSet.noneOf(WpiArea.class);
        for (WpiArea area : WpiArea.values()) {
            if (yes(area.code())) {
                painful.add(area);
            }
        }
        return new Acr2016Answers(
                painful,
                severity("fatigue"),
                severity("waking_unrefreshed"),
                severity("cognitive_symptoms"),
                yes("headaches"),
                yes("lower_abdominal_pain_or_cramps"),
                yes("depression"),
                yes("symptoms_three_months"));
    }

    public RestlessLegsAnswers restlessLegs() {
        return new RestlessLegsAnswers(
                yesNo("urge_to_move"),
                yesNo("worse_at_rest"),
                yesNo("relief_by_movement"),
                yesNo("worse_evening_or_night"),
                yesNo("twice_weekly_or_more"),
                yesNo("five_or_more_episodes_ever"),
                yesNo("significant_impact"));
    }

    /** Ferritin (ng/mL) and transferrin saturation (%), when the person entered them. */
    public Optional<BigDecimal> decimal(String code) {
        return get(code).map(BigDecimal::new);
    }

    private boolean yes(String code) {
        return "yes".equals(answers.get(code));
    }

    /** Yes, no, or unknown for "not sure" and unanswered. */
    private Boolean yesNo(String code) {
        String answer = answers.get(code);
        return "yes".equals(answer) ? Boolean.TRUE : "no".equals(answer) ? Boolean.FALSE : null;
    }

    private int severity(String code) {
        String answer = answers.get(code);
        if (answer == null) {
            throw new IllegalStateException("unanswered: " + code);
        }
        return Integer.parseInt(answer);
    }
}
