package org.legible.checkup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConditionNoteTest {

    private static CheckUpAnswers conditions(String... codes) {
        return new CheckUpAnswers(Map.of(Question.CONDITIONS, List.of(codes)), Map.of(), null);
    }

    @Test
    void only_diabetes_has_a_sourced_note_and_an_unanswered_question_gives_none() {
        assertThat(ConditionNote.of(conditions("diabetes", "arthritis"))).containsExactly(ConditionNote.DIABETES);
        assertThat(ConditionNote.of(conditions("thyroid", "back_problems", "arthritis")))
                .isEmpty();
        assertThat(ConditionNote.of(CheckUpAnswers.NONE)).isEmpty();
    }

    @Test
    void the_diabetes_question_for_a_clinician_comes_only_with_the_burning_feet_pattern() {
        CheckUpAnswers burning = new CheckUpAnswers(
                Map.of(
                        Question.WHERE, List.of("sole-left"),
                        Question.FEET_FEELS, List.of("burning"),
                        Question.HOW_OFTEN, List.of("most_days"),
                        Question.CONDITIONS, List.of("diabetes")),
                Map.of(),
                null);
        CheckUpAnswers heel = new CheckUpAnswers(
                Map.of(
                        Question.WHERE, List.of("heel-left"),
                        Question.FIRST_STEP_HEEL_PAIN, List.of("yes"),
                        Question.CONDITIONS, List.of("diabetes")),
                Map.of(),
                null);

        assertThat(ConditionNote.DIABETES.asksWith(CheckUpResult.of(burning).explanations()))
                .isTrue();
        assertThat(ConditionNote.DIABETES.asksWith(CheckUpResult.of(heel).explanations()))
                .isFalse();
    }
}
