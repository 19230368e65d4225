package org.legible.accounts.internal;

import static org.legible.system.sql.SqlValues.instant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.legible.accounts.AccessScope;
import org.legible.accounts.AccessToken;
import org.legible.accounts.AccountId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class AccessTokenRepository {

    /** Whose token a presented secret is, and what it may do. */
    record Grant(String tokenId, String name, AccountId account, AccessScope scope, Instant lastUsedAt) {}

    private final JdbcClient jdbc;

    AccessTokenRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(AccountId account, AccessToken token, String tokenHash) {
        jdbc.sql("""
                INSERT INTO access_token (id, account_id, name, token_hash, scope, created_at, expires_at)
                VALUES (:id, :account, :name, :hash, :scope, :created, :expires)
                """)
                .param("id", token.id())
                .param("account", account.value())
                .param("name", token.name())
                .param("hash", tokenHash)
                .param("scope", token.scope().code())
                .param("created", instant(token.createdAt()))
                .param("expires", instant(token.expiresAt()))
                .update();
    }

    List<AccessToken> findByAccount(AccountId account) {
        return jdbc.sql("""
                SELECT id, name, scope, created_at, expires_at, last_used_at FROM access_token
                WHERE account_id = :account
                ORDER BY created_at DESC, id
                """)
                .param("account", account.value())
                .query(AccessTokenRepository::token)
                .list();
    }

    /** The grant of an unexpired token with this hash. */
    Optional<Grant> findUsable(String tokenHash, Instant now) {
        return jdbc.sql("""
                SELECT id, name, account_id, scope, last_used_at FROM access_token
                WHERE token_hash = :hash AND expires_at > :now
                """)
                .param("hash", tokenHash)
                .param("now", instant(now))
                .query((rs, n) -> new Grant(
                        rs.getString("id"),
                        rs.getString("name"),
                        new AccountId(rs.getString("account_id")),
                        AccessScope.fromCode(rs.getString("scope")).orElseThrow(),
                        optionalInstant(rs, "last_used_at")))
                .optional();
    }

    void markUsed(String tokenId, Instant now) {
        jdbc.sql("UPDATE access_token SET last_used_at = :now WHERE id = :id")
                .param("now", instant(now))
                .param("id", tokenId)
                .update();
    }

    boolean delete(AccountId account, String tokenId) {
        return jdbc.sql("DELETE FROM access_token WHERE id = :id AND account_id = :account")
                        .param("id", tokenId)
                        .param("account", account.value())
                        .update()
                > 0;
    }

    private static AccessToken token(ResultSet rs, int row) throws SQLException {
        return new AccessToken(
                rs.getString("id"),
                rs.getString("name"),
                AccessScope.fromCode(rs.getString("scope")).orElseThrow(),
                instant(rs.getString("created_at")),
                instant(rs.getString("expires_at")),
                optionalInstant(rs, "last_used_at"));
    }

    private static Instant optionalInstant(ResultSet rs, String column) throws SQLException {
        String text = rs.getString(column);
        return text == null ? null : instant(text);
    }
}
