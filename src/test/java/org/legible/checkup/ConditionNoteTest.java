package org.legible.checkup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a known condition adds to a check-up, only where a source says so. */
class ConditionNoteTest {

    private static CheckUpAnswers answers(Map<Question, List<String>> values) {
        return new CheckUpAnswers(values, Map.of(), null);
    }

    private static List<ConditionNote> notes(CheckUpAnswers answers) {
        return CheckUpResult.of(answers).conditionNotes();
    }

    private static final Map<Question, List<String>> RESTLESS = Map.of(
            Question.URGE_TO_MOVE, List.of("most_nights"),
            Question.URGE_WORSE_AT_REST, List.of("yes"),
            Question.URGE_EASED_BY_MOVING, List.of("yes"),
            Question.URGE_WORSE_EVENING, List.of("yes"));

    private static Map<Question, List<String>> with(Map<Question, List<String>> base, String... conditions) {
        Map<Question, List<String>> values = new java.util.EnumMap<>(Question.class);
        values.putAll(base);
        values.put(Question.CONDITIONS, List.of(conditions));
        return values;
    }

    @Test
    void diabetes_and_a_back_problem_always_have_a_note_thyroid_never_and_an_unanswered_question_none() {
        assertThat(notes(answers(with(Map.of(), "diabetes", "arthritis", "thyroid", "back_problems"))))
                .as("arthritis says nothing without the restless-legs pattern")
                .containsExactly(ConditionNote.DIABETES, ConditionNote.BACK_PROBLEMS);
        assertThat(notes(answers(with(Map.of(), "thyroid")))).isEmpty();
        assertThat(notes(CheckUpAnswers.NONE)).isEmpty();
        assertThat(ConditionNote.ARTHRITIS.speaksAlone()).isFalse();
    }

    @Test
    void arthritis_adds_a_clinician_question_only_to_the_restless_legs_pattern() {
        CheckUpResult restless = CheckUpResult.of(answers(with(RESTLESS, "arthritis")));
        assertThat(restless.conditionNotes()).containsExactly(ConditionNote.ARTHRITIS);
        assertThat(ConditionNote.ARTHRITIS.asksWith(restless.explanations())).isTrue();

        assertThat(notes(answers(with(RESTLESS, "thyroid")))).isEmpty();
        assertThat(ConditionNote.BACK_PROBLEMS.asksWith(restless.explanations()))
                .as("the back note has no question of its own")
                .isFalse();
    }

    @Test
    void the_diabetes_question_for_a_clinician_comes_only_with_the_burning_feet_pattern() {
        CheckUpAnswers burning = answers(Map.of(
                Question.WHERE, List.of("sole-left"),
                Question.FEET_FEELS, List.of("burning"),
                Question.HOW_OFTEN, List.of("most_days"),
                Question.CONDITIONS, List.of("diabetes")));
        CheckUpAnswers heel = answers(Map.of(
                Question.WHERE, List.of("heel-left"),
                Question.FIRST_STEP_HEEL_PAIN, List.of("yes"),
                Question.CONDITIONS, List.of("diabetes")));

        assertThat(ConditionNote.DIABETES.asksWith(CheckUpResult.of(burning).explanations()))
                .isTrue();
        assertThat(ConditionNote.DIABETES.asksWith(CheckUpResult.of(heel).explanations()))
                .isFalse();
    }
}
