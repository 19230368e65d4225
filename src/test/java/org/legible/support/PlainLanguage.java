package org.legible.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

/**
 * The limits every message written for the person is held to, for someone tired and foggy: grade 10 at most for any
 * one text (a medical name such as "ferritin" costs a grade or two), grade 8 on average, no sentence over 25 words.
 */
public final class PlainLanguage {

    private PlainLanguage() {}

    /** Each text, by key, within the limits, and their mean grade too. */
    public static void assertReadsPlainly(Map<String, String> texts) {
        assertThat(texts).isNotEmpty();
        texts.forEach((key, text) -> {
            assertThat(Readability.grade(text)).as("%s: %s", key, text).isLessThanOrEqualTo(10.0);
            assertThat(Readability.longestSentence(text))
                    .as("%s: %s", key, text)
                    .isLessThanOrEqualTo(25);
        });
        assertThat(texts.values().stream()
                        .mapToDouble(Readability::grade)
                        .average()
                        .orElseThrow())
                .isLessThanOrEqualTo(8.0);
    }
}
