package org.legible.diary.internal;

import static org.legible.system.sql.SqlValues.instant;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.legible.accounts.AccountId;
import org.legible.diary.CheckInId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The keys check-ins were sent under, one row per key. Every statement is scoped to the account. */
@Repository
class CheckInSubmissionRepository {

    private final JdbcClient jdbc;

    CheckInSubmissionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The check-in this key made, if the key was seen before. */
    Optional<CheckInId> entry(AccountId account, UUID key) {
        return jdbc.sql(
                        "SELECT entry_id FROM check_in_submission WHERE account_id = :account AND idempotency_key = :key")
                .param("account", account.value())
                .param("key", key.toString())
                .query(String.class)
                .optional()
                .map(CheckInId::new);
    }

    /** Throws DuplicateKeyException when the key was stored meanwhile (two sends of one check-in at once). */
    void insert(AccountId account, UUID key, CheckInId entry, Instant receivedAt) {
        jdbc.sql("INSERT INTO check_in_submission (account_id, idempotency_key, entry_id, received_at)"
                        + " VALUES (:account, :key, :entry, :at)")
                .param("account", account.value())
                .param("key", key.toString())
                .param("entry", entry.value())
                .param("at", instant(receivedAt))
                .update();
    }
}
