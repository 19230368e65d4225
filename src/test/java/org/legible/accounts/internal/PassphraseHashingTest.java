package org.legible.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.security.crypto.password.PasswordEncoder;

class PassphraseHashingTest {

    static final String PASSPHRASE = "violet kettle under moonlight 42";
    static final String NOT_ASCII = "Grüße aus Köln – Fußsohle brennt 🔥";

    final Argon2Cost cost = Argon2Cost.OWASP_MINIMUM;
    final NativeArgon2id nativeArgon2 = NativeArgon2id.load(cost);
    final PasswordEncoder pureJava = cost.pureJava();

    @Test
    void the_bundled_native_library_is_the_one_used_on_this_platform() {
        assertThat(PassphraseHashing.argon2id(cost, NativeArgon2id::load)).isInstanceOf(NativeArgon2id.class);
    }

    @Test
    void a_native_hash_carries_the_owasp_cost_and_never_the_passphrase() {
        String hash = nativeArgon2.encode(PASSPHRASE);

        assertThat(hash).startsWith("$argon2id$v=19$m=19456,t=2,p=1$").doesNotContain(PASSPHRASE);
        assertThat(nativeArgon2.encode(PASSPHRASE)).as("a fresh salt each time").isNotEqualTo(hash);
    }

    /** Made by Spring Security's {@code Argon2PasswordEncoder} (BouncyCastle), the pure-Java hash before Password4j. */
    static final String[][] MADE_BY_SPRING = {
        {PASSPHRASE, "$argon2id$v=19$m=19456,t=2,p=1$ElUbazvXUPrXF2t/nEhkVw$bF1aurJA7BOEdfdstK9CMTsQllog8TFwgDvcgeauQWk"
        },
        {NOT_ASCII, "$argon2id$v=19$m=19456,t=2,p=1$g6oaqzK+9C9xD11g0qfZhw$JmsPZhBIGz1L+otpMfNjeAoe+lkcqQsixUSdrAdAerk"}
    };

    @Test
    void hashes_made_by_springs_own_encoder_still_sign_in_with_both() {
        for (String[] made : MADE_BY_SPRING) {
            assertThat(nativeArgon2.matches(made[0], made[1])).as(made[0]).isTrue();
            assertThat(pureJava.matches(made[0], made[1])).as(made[0]).isTrue();
            assertThat(pureJava.matches(made[0] + " ", made[1])).as(made[0]).isFalse();
            assertThat(nativeArgon2.upgradeEncoding(made[1])).isFalse();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {PASSPHRASE, NOT_ASCII})
    void hashes_made_before_the_native_library_still_sign_in_and_the_other_way_round(String passphrase) {
        String madeInPureJava = pureJava.encode(passphrase);
        String madeNatively = nativeArgon2.encode(passphrase);

        assertThat(nativeArgon2.matches(passphrase, madeInPureJava)).isTrue();
        assertThat(pureJava.matches(passphrase, madeNatively)).isTrue();
        assertThat(nativeArgon2.matches(passphrase + " ", madeInPureJava)).isFalse();
        assertThat(pureJava.matches(passphrase.substring(1), madeNatively)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "$argon2id$",
                "$argon2id$v=19$m=19456,t=2,p=1$not-base64!$also-not",
                "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0c2FsdA",
                "$argon2i$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g",
                "violet kettle under moonlight 42"
            })
    void a_damaged_or_foreign_stored_hash_never_matches_and_never_throws(String stored) {
        assertThat(nativeArgon2.matches(PASSPHRASE, stored)).isFalse();
        assertThat(pureJava.matches(PASSPHRASE, stored)).isFalse();
        assertThat(pureJava.upgradeEncoding(stored)).isFalse();
    }

    @Test
    void a_hash_at_a_lower_cost_is_marked_for_redoing_at_the_next_sign_in() {
        String weaker = new Argon2Cost(16, 32, 1, 15360, 2).pureJava().encode(PASSPHRASE);

        String fewerIterations = new Argon2Cost(16, 32, 1, 19456, 1).pureJava().encode(PASSPHRASE);

        assertThat(nativeArgon2.upgradeEncoding(weaker)).isTrue();
        assertThat(pureJava.upgradeEncoding(fewerIterations)).isTrue();
        assertThat(pureJava.matches(PASSPHRASE, weaker))
                .as("checked at the cost it was made with")
                .isTrue();
        assertThat(nativeArgon2.upgradeEncoding(nativeArgon2.encode(PASSPHRASE)))
                .isFalse();
    }

    @Test
    void where_the_native_library_cannot_load_the_pure_java_encoder_takes_over_with_the_same_hashes() {
        PasswordEncoder fallback = PassphraseHashing.argon2id(cost, unused -> {
            throw new UnsatisfiedLinkError("no libargon2 for this platform");
        });
        String existing = nativeArgon2.encode(PASSPHRASE);

        assertThat(fallback).isNotInstanceOf(NativeArgon2id.class);
        assertThat(fallback.matches(PASSPHRASE, existing)).isTrue();
        assertThat(fallback.encode(PASSPHRASE)).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
    }
}
