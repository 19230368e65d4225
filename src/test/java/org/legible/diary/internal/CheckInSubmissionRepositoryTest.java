package org.legible.diary.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.legible.accounts.AccountId;
import org.legible.diary.CheckInId;
import org.legible.support.TestDatabases;
import org.legible.support.TestDatabases.Kind;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The keys check-ins were sent under: the same cases on SQLite and PostgreSQL. */
class CheckInSubmissionRepositoryTest {

    private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");

    private JdbcClient jdbc;
    private CheckInSubmissionRepository submissions;

    private void open(Kind kind) {
        jdbc = JdbcClient.create(TestDatabases.migrated(kind));
        submissions = new CheckInSubmissionRepository(jdbc);
    }

    @ParameterizedTest
    @MethodSource("org.legible.support.TestDatabases#both")
    void a_key_names_the_check_in_it_made_once_per_person_and_a_second_store_of_it_is_refused(Kind kind) {
        open(kind);
        AccountId ann = TestDatabases.account(jdbc, "ann@example.com");
        AccountId bob = TestDatabases.account(jdbc, "bob@example.com");
        UUID key = UUID.randomUUID();
        CheckInId made = CheckInId.random();

        assertThat(submissions.entry(ann, key)).isEmpty();
        submissions.insert(ann, key, made, NOW);
        assertThat(submissions.entry(ann, key)).contains(made);
        assertThat(submissions.entry(bob, key))
                .as("another person's key is not Ann's")
                .isEmpty();
        assertThatThrownBy(() -> submissions.insert(ann, key, CheckInId.random(), NOW))
                .isInstanceOf(DuplicateKeyException.class);
        submissions.insert(bob, key, CheckInId.random(), NOW);

        jdbc.sql("DELETE FROM account WHERE id = :id").param("id", ann.value()).update();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM check_in_submission")
                        .query(Integer.class)
                        .single())
                .as("deleting an account removes its keys")
                .isEqualTo(1);
    }
}
