package org.legible.accounts.internal;

import static org.legible.system.sql.SqlValues.instant;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.legible.accounts.AccountId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class InvitationRepository {

    private final JdbcClient jdbc;

    InvitationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(AccountId inviter, String tokenHash, Instant now, Instant expiresAt) {
        jdbc.sql("""
                INSERT INTO invitation (id, account_id, token_hash, created_at, expires_at)
                VALUES (:id, :account, :hash, :now, :expires)
                """)
                .param("id", UUID.randomUUID().toString())
                .param("account", inviter.value())
                .param("hash", tokenHash)
                .param("now", instant(now))
                .param("expires", instant(expiresAt))
                .update();
    }

    /** The invitation's id when it exists, is unused and has not expired. */
    Optional<String> findUsable(String tokenHash, Instant now) {
        return jdbc.sql("""
                SELECT id FROM invitation
                WHERE token_hash = :hash AND used_at IS NULL AND expires_at > :now
                """)
                .param("hash", tokenHash)
                .param("now", instant(now))
                .query(String.class)
                .optional();
    }

    void markUsed(String invitationId, Instant now) {
        jdbc.sql("UPDATE invitation SET used_at = :now WHERE id = :id")
                .param("now", instant(now))
                .param("id", invitationId)
                .update();
    }
}
