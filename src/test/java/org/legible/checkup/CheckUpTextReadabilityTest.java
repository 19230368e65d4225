package org.legible.checkup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.legible.support.EnglishMessages;
import org.legible.support.PlainLanguage;

/**
 * The check-up's questions, the answers it plays back and what a known condition adds are read by someone tired and
 * foggy: grade 10 at most for any one text, grade 8 on average, no sentence over 25 words (as the pattern texts).
 */
class CheckUpTextReadabilityTest {

    @Test
    void every_question_evidence_and_condition_note_reads_plainly() {
        Map<String, String> texts =
                EnglishMessages.startingWith("checkup.q.", "checkup.evidence.", "checkup.condition.");
        for (Question question : Question.values()) {
            assertThat(texts).containsKey("checkup.q." + question.code());
        }
        for (ConditionNote note : ConditionNote.values()) {
            String prefix = "checkup.condition." + note.code();
            if (note.speaksAlone()) {
                assertThat(texts).containsKeys(prefix + ".title", prefix + ".text");
            } else {
                assertThat(texts).containsKey(prefix + ".ask");
            }
        }
        PlainLanguage.assertReadsPlainly(texts);
    }
}
