package org.legible.insights.patterns;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.legible.support.Readability;

/**
 * What a pattern says to the person is written for someone tired and foggy: grade 10 at most for any one text (the
 * medical names such as "ferritin" cost a grade or two), grade 8 on average, and no sentence over 25 words. The
 * sources and the rule statements under "How Legible decides" are reference text and are not held to this.
 */
class PatternTextReadabilityTest {

    private static Map<String, String> patternTexts() throws IOException {
        Properties english = new Properties();
        try (InputStream in = PatternTextReadabilityTest.class.getResourceAsStream("/messages.properties")) {
            english.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Map<String, String> texts = new TreeMap<>();
        for (String key : english.stringPropertyNames()) {
            if (key.startsWith("pattern.") && !key.endsWith(".source") && !key.endsWith(".rule")) {
                texts.put(key, english.getProperty(key));
            }
        }
        return texts;
    }

    @Test
    void every_pattern_has_its_words_and_each_reads_plainly() throws IOException {
        Map<String, String> texts = patternTexts();
        for (Mechanism mechanism : Mechanism.values()) {
            assertThat(texts)
                    .containsKeys(
                            "pattern." + mechanism.code() + ".title",
                            "pattern." + mechanism.code() + ".means",
                            "pattern." + mechanism.code() + ".ask");
        }
        texts.forEach((key, text) -> {
            assertThat(Readability.grade(text)).as("%s: %s", key, text).isLessThanOrEqualTo(10.0);
            assertThat(Readability.longestSentence(text))
                    .as("%s: %s", key, text)
                    .isLessThanOrEqualTo(25);
        });
        double mean = texts.values().stream()
                .mapToDouble(Readability::grade)
                .average()
                .orElseThrow();
        assertThat(mean).isLessThanOrEqualTo(8.0);
    }
}
