package org.legible.checkup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.legible.diary.Vocabulary.Helped;
import org.legible.diary.Vocabulary.Strategy;

class CheckUpAnswersTest {

    @Test
    void readsEveryKindOfAnswerAndIgnoresEmptyOnes() {
        CheckUpAnswers.Parsed parsed = CheckUpAnswers.read(Map.of(
                "where", List.of("heel-left", "heel-right"),
                "since", List.of("over_a_year"),
                "worse_on_feet", List.of(""),
                "tried.heat", List.of("a_lot"),
                "tried.massage", List.of(""),
                "medications", List.of("  pregabalin 75 mg twice a day ")));

        assertThat(parsed.errors()).isEmpty();
        CheckUpAnswers answers = parsed.answers();
        assertThat(answers.all(Question.WHERE)).containsExactly("heel-left", "heel-right");
        assertThat(answers.one(Question.SINCE)).isEqualTo("over_a_year");
        assertThat(answers.one(Question.WORSE_ON_FEET)).isNull();
        assertThat(answers.tried()).containsExactly(Map.entry(Strategy.HEAT, Helped.A_LOT));
        assertThat(answers.medications()).isEqualTo("pregabalin 75 mg twice a day");
    }

    @Test
    void refusesValuesTheFormNeverOffersAndKeepsTheRest() {
        CheckUpAnswers.Parsed parsed = CheckUpAnswers.read(Map.of(
                "where", List.of("heel-left", "elbow-left"),
                "since", List.of("over_a_year", "under_3_months"),
                "tried.heat", List.of("miracle"),
                "medications", List.of("x".repeat(CheckUpAnswers.MEDICATIONS_LIMIT + 1))));

        assertThat(parsed.errors())
                .containsEntry("where", "checkup.error.choice")
                .containsEntry("since", "checkup.error.one")
                .containsEntry("tried.heat", "checkup.error.choice")
                .containsEntry("medications", "checkup.error.medications");
        assertThat(parsed.answers().all(Question.WHERE)).containsExactly("heel-left");
        assertThat(parsed.answers().medications()).hasSize(CheckUpAnswers.MEDICATIONS_LIMIT + 1);
    }
}
