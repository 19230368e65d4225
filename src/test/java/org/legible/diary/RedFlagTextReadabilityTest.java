package org.legible.diary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.legible.support.EnglishMessages;
import org.legible.support.PlainLanguage;

/**
 * What a red flag says to the person is read in a fright, on a phone: every flag has its question, what was said,
 * what to do, why and its source, and each reads as plainly as the pattern texts (grade 10 at most, grade 8 on
 * average, no sentence over 25 words). The {@code .clinical} lines are for the clinician and are not held to this.
 */
class RedFlagTextReadabilityTest {

    @Test
    void every_red_flag_has_its_words_and_each_reads_plainly() {
        Map<String, String> texts = new java.util.TreeMap<>(EnglishMessages.startingWith("redFlag."));
        texts.keySet().removeIf(key -> key.endsWith(".clinical"));
        Map<String, String> all = EnglishMessages.startingWith("redFlag.");
        for (RedFlag flag : RedFlag.values()) {
            String prefix = "redFlag." + flag.code();
            assertThat(all).containsKeys(prefix + ".question", prefix + ".said", prefix + ".act", prefix + ".why");
            assertThat(all).containsKey(prefix + ".clinical");
        }
        for (RedFlag.Urgency urgency : RedFlag.Urgency.values()) {
            assertThat(all).containsKey("redFlag.heading." + urgency.code());
        }
        PlainLanguage.assertReadsPlainly(texts);
    }
}
