package org.legible.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.legible.accounts.AccountId;
import org.legible.support.TestDatabases;
import org.legible.support.TestDatabases.Kind;
import org.springframework.jdbc.core.simple.JdbcClient;

/** One-time code secrets and recovery codes in SQL, the same cases on SQLite and PostgreSQL. */
class OneTimeCodeRepositoryTest {

    private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");

    @ParameterizedTest
    @MethodSource("org.legible.support.TestDatabases#both")
    void a_code_step_and_a_recovery_code_are_each_used_once_and_go_with_the_account(Kind kind) {
        JdbcClient jdbc = JdbcClient.create(TestDatabases.migrated(kind));
        OneTimeCodeRepository codes = new OneTimeCodeRepository(jdbc);
        AccountId ann = TestDatabases.account(jdbc, "ann@example.com");
        AccountId bob = TestDatabases.account(jdbc, "bob@example.com");

        codes.save(ann, "SECRETSECRETSECRETSECRETSECRET23", 59_000_000L, NOW);
        assertThat(codes.secret(ann))
                .contains(new OneTimeCodeRepository.Secret("SECRETSECRETSECRETSECRETSECRET23", NOW));
        assertThat(codes.secret(bob)).isEmpty();
        assertThat(codes.useStep(ann, 59_000_000L))
                .as("the step that set it up")
                .isFalse();
        assertThat(codes.useStep(ann, 59_000_001L)).isTrue();
        assertThat(codes.useStep(ann, 59_000_001L)).as("once").isFalse();
        assertThat(codes.useStep(ann, 59_000_000L)).as("nor an earlier one").isFalse();
        assertThat(codes.useStep(bob, 59_000_002L)).as("Bob has none").isFalse();

        codes.replaceRecoveryCodes(ann, List.of("a".repeat(64), "b".repeat(64)));
        assertThat(codes.recoveryCodesLeft(ann)).isEqualTo(2);
        assertThat(codes.useRecoveryCode(bob, "a".repeat(64), NOW))
                .as("not Bob's")
                .isFalse();
        assertThat(codes.useRecoveryCode(ann, "a".repeat(64), NOW)).isTrue();
        assertThat(codes.useRecoveryCode(ann, "a".repeat(64), NOW)).as("once").isFalse();
        assertThat(codes.recoveryCodesLeft(ann)).isEqualTo(1);
        codes.replaceRecoveryCodes(ann, List.of("c".repeat(64)));
        assertThat(codes.useRecoveryCode(ann, "b".repeat(64), NOW))
                .as("replaced")
                .isFalse();

        jdbc.sql("DELETE FROM account WHERE id = :id").param("id", ann.value()).update();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM one_time_code")
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM recovery_code")
                        .query(Integer.class)
                        .single())
                .isZero();
    }
}
