package org.legible.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.legible.support.TestDatabases;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Sign-ups waiting for their code, on both databases: found by id, wrong codes counted, gone once old or taken. */
class PendingSignupRepositoryTest {

    private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");

    @ParameterizedTest
    @MethodSource("org.legible.support.TestDatabases#both")
    void a_waiting_sign_up_is_found_counts_wrong_codes_and_is_deleted_once(TestDatabases.Kind kind) {
        PendingSignupRepository pending = new PendingSignupRepository(JdbcClient.create(TestDatabases.migrated(kind)));
        pending.insert(
                new PendingSignupRepository.Row("p1", "ann@example.org", "hash", "Europe/London", "code", 0), NOW);
        pending.insert(new PendingSignupRepository.Row("p2", "bob@example.org", null, "UTC", null, 0), NOW);

        assertThat(pending.find("p1")).hasValueSatisfying(row -> {
            assertThat(row.email()).isEqualTo("ann@example.org");
            assertThat(row.codeHash()).isEqualTo("code");
        });
        assertThat(pending.find("p2"))
                .as("an address that had an account keeps no code and no hash")
                .hasValueSatisfying(row -> {
                    assertThat(row.codeHash()).isNull();
                    assertThat(row.passphraseHash()).isNull();
                });
        assertThat(pending.wrongCode("p1")).isEqualTo(1);
        assertThat(pending.wrongCode("p1")).isEqualTo(2);
        assertThat(pending.delete("p1")).isTrue();
        assertThat(pending.delete("p1")).as("only one request takes it").isFalse();
        assertThat(pending.wrongCode("p1")).as("gone").isZero();

        pending.deleteCreatedBefore(NOW.plusSeconds(1));
        assertThat(pending.find("p2")).isEmpty();
    }
}
