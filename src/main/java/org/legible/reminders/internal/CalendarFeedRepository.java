package org.legible.reminders.internal;

import static org.legible.system.sql.SqlValues.instant;

import java.time.Instant;
import java.util.Optional;
import org.legible.accounts.AccountId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class CalendarFeedRepository {

    private final JdbcClient jdbc;

    CalendarFeedRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One address per person: a new one replaces the old, which stops working at once. */
    void replace(AccountId account, String tokenHash, Instant now) {
        revoke(account);
        jdbc.sql("INSERT INTO calendar_feed (account_id, token_hash, created_at) VALUES (:account, :hash, :now)")
                .param("account", account.value())
                .param("hash", tokenHash)
                .param("now", instant(now))
                .update();
    }

    boolean exists(AccountId account) {
        return jdbc.sql("SELECT COUNT(*) FROM calendar_feed WHERE account_id = :account")
                        .param("account", account.value())
                        .query(Integer.class)
                        .single()
                > 0;
    }

    void revoke(AccountId account) {
        jdbc.sql("DELETE FROM calendar_feed WHERE account_id = :account")
                .param("account", account.value())
                .update();
    }

    Optional<AccountId> owner(String tokenHash) {
        return jdbc.sql("SELECT account_id FROM calendar_feed WHERE token_hash = :hash")
                .param("hash", tokenHash)
                .query(String.class)
                .optional()
                .map(AccountId::new);
    }

    void markRead(AccountId account, Instant now) {
        jdbc.sql("UPDATE calendar_feed SET last_read_at = :now WHERE account_id = :account")
                .param("now", instant(now))
                .param("account", account.value())
                .update();
    }
}
