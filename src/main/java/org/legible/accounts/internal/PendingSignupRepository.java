package org.legible.accounts.internal;

import static org.legible.system.sql.SqlValues.instant;

import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Sign-ups waiting for their mailed code (V22). */
@Repository
class PendingSignupRepository {

    record Row(String id, String email, String passphraseHash, String timeZone, String codeHash, int wrongCodes) {}

    private final JdbcClient jdbc;

    PendingSignupRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Row row, Instant now) {
        jdbc.sql("""
                INSERT INTO pending_signup (id, email, passphrase_hash, time_zone, code_hash, wrong_codes, created_at)
                VALUES (:id, :email, :hash, :zone, :code, 0, :now)
                """)
                .param("id", row.id())
                .param("email", row.email())
                .param("hash", row.passphraseHash())
                .param("zone", row.timeZone())
                .param("code", row.codeHash())
                .param("now", instant(now))
                .update();
    }

    Optional<Row> find(String id) {
        return jdbc.sql("""
                SELECT id, email, passphrase_hash, time_zone, code_hash, wrong_codes FROM pending_signup
                WHERE id = :id
                """)
                .param("id", id)
                .query((rs, n) -> new Row(
                        rs.getString("id"),
                        rs.getString("email"),
                        rs.getString("passphrase_hash"),
                        rs.getString("time_zone"),
                        rs.getString("code_hash"),
                        rs.getInt("wrong_codes")))
                .optional();
    }

    /** Counts a wrong code; returns how many there have been, or 0 when the row is gone. */
    int wrongCode(String id) {
        jdbc.sql("UPDATE pending_signup SET wrong_codes = wrong_codes + 1 WHERE id = :id")
                .param("id", id)
                .update();
        return find(id).map(Row::wrongCodes).orElse(0);
    }

    /** True for the one caller that deleted it. */
    boolean delete(String id) {
        return jdbc.sql("DELETE FROM pending_signup WHERE id = :id")
                        .param("id", id)
                        .update()
                == 1;
    }

    void deleteCreatedBefore(Instant cutoff) {
        jdbc.sql("DELETE FROM pending_signup WHERE created_at < :cutoff")
                .param("cutoff", instant(cutoff))
                .update();
    }
}
