package org.legible.system.sql;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.legible.accounts.AccountId;
import org.legible.support.TestDatabases;
import org.legible.support.TestDatabases.Kind;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A broken constraint reaches the code as the same exception on SQLite as on PostgreSQL. */
class SqliteExceptionTranslatorTest {

    private static final String INSERT = """
            INSERT INTO experiment (id, account_id, strategy, started_on, days, created_at)
            VALUES (:id, :account, 'heat', :day, 14, '2026-11-23T09:00:00Z')
            """;

    @ParameterizedTest
    @MethodSource("org.legible.support.TestDatabases#both")
    void a_repeated_key_is_a_duplicate_and_a_missing_account_a_broken_reference(Kind kind) {
        JdbcClient jdbc = JdbcClient.create(TestDatabases.migrated(kind));
        AccountId ann = TestDatabases.account(jdbc, "ann@example.com");
        jdbc.sql(INSERT)
                .param("id", "e-1")
                .param("account", ann.value())
                .param("day", "2026-11-01")
                .update();

        assertThatThrownBy(() -> jdbc.sql(INSERT)
                        .param("id", "e-1")
                        .param("account", ann.value())
                        .param("day", "2026-11-02")
                        .update())
                .as("the same primary key")
                .isInstanceOf(DuplicateKeyException.class);
        assertThatThrownBy(() -> jdbc.sql(INSERT)
                        .param("id", "e-2")
                        .param("account", "no-such-account")
                        .param("day", "2026-11-03")
                        .update())
                .as("an account that does not exist")
                .isInstanceOf(DataIntegrityViolationException.class)
                .isNotInstanceOf(DuplicateKeyException.class);
    }
}
