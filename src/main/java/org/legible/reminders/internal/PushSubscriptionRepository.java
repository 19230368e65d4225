package org.legible.reminders.internal;

import static org.legible.system.sql.SqlValues.instant;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.legible.accounts.AccountId;
import org.legible.reminders.PushDevice;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class PushSubscriptionRepository {

    /** Where one browser's pushes go, and the keys they are encrypted for. */
    record Subscription(String id, AccountId account, String endpoint, String p256dh, String auth, Instant createdAt) {
        PushDevice device() {
            return new PushDevice(id, URI.create(endpoint).getHost(), createdAt);
        }
    }

    private final JdbcClient jdbc;

    PushSubscriptionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * One row per endpoint: the same browser subscribing again (new keys, or another person signed in on it now)
     * replaces what was there, so a shared browser never receives the previous person's reminders.
     */
    void save(Subscription subscription) {
        jdbc.sql("DELETE FROM push_subscription WHERE endpoint = :endpoint")
                .param("endpoint", subscription.endpoint())
                .update();
        jdbc.sql("""
                INSERT INTO push_subscription (id, account_id, endpoint, p256dh, auth, created_at)
                VALUES (:id, :account, :endpoint, :p256dh, :auth, :created)
                """)
                .param("id", subscription.id())
                .param("account", subscription.account().value())
                .param("endpoint", subscription.endpoint())
                .param("p256dh", subscription.p256dh())
                .param("auth", subscription.auth())
                .param("created", instant(subscription.createdAt()))
                .update();
    }

    List<Subscription> ofAccount(AccountId account) {
        return jdbc.sql("""
                SELECT id, account_id, endpoint, p256dh, auth, created_at FROM push_subscription
                WHERE account_id = :account ORDER BY created_at, id
                """)
                .param("account", account.value())
                .query((rs, n) -> new Subscription(
                        rs.getString("id"),
                        new AccountId(rs.getString("account_id")),
                        rs.getString("endpoint"),
                        rs.getString("p256dh"),
                        rs.getString("auth"),
                        instant(rs.getString("created_at"))))
                .list();
    }

    Optional<Subscription> find(AccountId account, String id) {
        return ofAccount(account).stream().filter(s -> s.id().equals(id)).findFirst();
    }

    boolean delete(AccountId account, String id) {
        return jdbc.sql("DELETE FROM push_subscription WHERE id = :id AND account_id = :account")
                        .param("id", id)
                        .param("account", account.value())
                        .update()
                > 0;
    }
}
