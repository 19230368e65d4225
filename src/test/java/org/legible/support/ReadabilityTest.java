package org.legible.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ReadabilityTest {

    @Test
    void countsSyllablesByVowelGroupsWithoutTheSilentE() {
        assertThat(Readability.syllables("leg")).isEqualTo(1);
        assertThat(Readability.syllables("morning")).isEqualTo(2);
        assertThat(Readability.syllables("readable")).isEqualTo(3);
        assertThat(Readability.syllables("stiffness")).isEqualTo(2);
        assertThat(Readability.syllables("care")).isEqualTo(1);
        assertThat(Readability.syllables("clinician")).isEqualTo(3);
    }

    @Test
    void aShortPlainSentenceScoresBelowFirstGrade() {
        // 6 words, 1 sentence, 6 syllables: 0.39 × 6 + 11.8 × 1 − 15.59 = −1.45.
        assertThat(Readability.grade("The cat sat on the mat.")).isCloseTo(-1.45, within(0.001));
    }

    @Test
    void longSentencesAndLongWordsRaiseTheGrade() {
        // 2 sentences, 7 words, 7 syllables: 0.39 × 3.5 + 11.8 − 15.59 = −2.425.
        assertThat(Readability.grade("My feet hurt. I rest them now.")).isCloseTo(-2.425, within(0.001));
        // 1 sentence, 5 words; syllables doc-tors 2, ex-am-ine 3, sen-si-tive 3, nerves 1, reg-u-lar-ly 4 = 13:
        // 0.39 × 5 + 11.8 × 13 / 5 − 15.59 = 17.04.
        assertThat(Readability.grade("Doctors examine sensitive nerves regularly."))
                .isCloseTo(17.04, within(0.001));
    }

    @Test
    void placeholdersCountAsOneShortWordAndTheLongestSentenceIsMeasured() {
        assertThat(Readability.longestSentence("On {0} days it hurt. It was worse at night when you were tired."))
                .isEqualTo(9);
        assertThat(Readability.words("On {0} of the {1} days")).containsExactly("On", "5", "of", "the", "5", "days");
    }
}
