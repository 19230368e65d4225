package org.legible.insights.patterns;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.legible.support.EnglishMessages;
import org.legible.support.PlainLanguage;

/**
 * What a pattern says to the person is written for someone tired and foggy: grade 10 at most for any one text (the
 * medical names such as "ferritin" cost a grade or two), grade 8 on average, and no sentence over 25 words. The
 * sources and the rule statements under "How Legible decides" are reference text and are not held to this.
 */
class PatternTextReadabilityTest {

    private static Map<String, String> patternTexts() {
        Map<String, String> texts = new java.util.TreeMap<>(EnglishMessages.startingWith("pattern."));
        texts.keySet().removeIf(key -> key.endsWith(".rule"));
        return texts;
    }

    @Test
    void every_pattern_has_its_words_and_each_reads_plainly() {
        Map<String, String> texts = patternTexts();
        for (Mechanism mechanism : Mechanism.values()) {
            assertThat(texts)
                    .containsKeys(
                            "pattern." + mechanism.code() + ".title",
                            "pattern." + mechanism.code() + ".means",
                            "pattern." + mechanism.code() + ".ask");
        }
        PlainLanguage.assertReadsPlainly(texts);
    }
}
