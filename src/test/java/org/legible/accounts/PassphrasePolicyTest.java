package org.legible.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PassphrasePolicyTest {

    @Test
    void a_memorable_phrase_of_twelve_or_more_characters_is_accepted() {
        assertThat(PassphrasePolicy.problem("blue kettle on the hill", "a@example.com"))
                .isEmpty();
    }

    @Test
    void eleven_characters_are_too_few_and_twelve_are_enough() {
        assertThat(PassphrasePolicy.problem("qx7!mz2kq9w", null)).contains("passphrase.tooShort");
        assertThat(PassphrasePolicy.problem("qx7!mz2kq9wv", null)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "password1234",
                "Password1234",
                "123456789012",
                "qwertyuiop123",
                "iloveyou2024",
                "aaaaaaaaaaaaaaa"
            })
    void common_passwords_are_rejected_whatever_their_case(String common) {
        assertThat(PassphrasePolicy.problem(common, null)).contains("passphrase.common");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1qaz2wsx3edc", "leave me alone", "sonyericsson"})
    void the_thirty_thousand_most_common_passwords_are_rejected_with_or_without_spaces(String common) {
        assertThat(PassphrasePolicy.problem(common, null)).contains("passphrase.common");
    }

    @ParameterizedTest
    @ValueSource(strings = {"abcabcabcabc", "walkwalkwalkwalk", "mnbvcxzlkjhg", "aaaaaaaaaaab", "13579135791357"})
    void repeats_sequences_and_keyboard_walks_are_rejected(String pattern) {
        assertThat(PassphrasePolicy.problem(pattern, null)).contains("passphrase.guessable");
    }

    @Test
    void the_email_in_a_passphrase_makes_it_guessable() {
        assertThat(PassphrasePolicy.problem("annsmith2024!", "annsmith@example.com"))
                .contains("passphrase.guessable");
        assertThat(PassphrasePolicy.problem("annsmith2024!", null)).isEmpty();
    }

    @Test
    void characters_are_counted_not_utf16_units_and_a_long_emoji_passphrase_works() {
        String emoji = "🦶".repeat(100);
        assertThat(emoji.length()).isEqualTo(200);
        assertThat(PassphrasePolicy.problem(emoji.substring(0, 22), null)).contains("passphrase.tooShort");
        assertThat(PassphrasePolicy.problem("🦶🌡️🌙 " + "sore feet at night", null))
                .isEmpty();
    }

    @Test
    void the_email_address_is_not_a_passphrase() {
        assertThat(PassphrasePolicy.problem("Someone@Example.com", "someone@example.com"))
                .contains("passphrase.isEmail");
    }

    @Test
    void more_than_a_thousand_characters_are_refused_rather_than_truncated() {
        String thousand = String.join(" ", java.util.Collections.nCopies(100, "sore feet"))
                .substring(0, 990)
                .concat(" qx7!mz2k9");
        assertThat(PassphrasePolicy.problem("blue kettle on the hill " + thousand, null))
                .contains("passphrase.tooLong");
        assertThat(PassphrasePolicy.problem("blue kettle on the hill " + thousand.substring(24), null))
                .isEmpty();
    }

    @Test
    void a_verdict_hands_on_the_accepted_passphrase_for_that_address_only() {
        PassphrasePolicy.Verdict accepted = PassphrasePolicy.check("blue kettle on the hill", " Ann@Example.com ");
        assertThat(accepted.problem()).isEmpty();
        assertThat(accepted.accepted()).get().satisfies(checked -> {
            assertThat(checked.passphrase()).isEqualTo("blue kettle on the hill");
            assertThat(checked.checkedFor("ann@example.com")).isTrue();
            assertThat(checked.checkedFor("bob@example.com")).isFalse();
            assertThat(checked.toString()).doesNotContain("kettle");
        });

        PassphrasePolicy.Verdict refused = PassphrasePolicy.check("annsmith2024!", "annsmith@example.com");
        assertThat(refused.problem()).contains("passphrase.guessable");
        assertThat(refused.accepted()).isEmpty();
    }
}
