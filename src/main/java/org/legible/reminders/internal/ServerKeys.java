package org.legible.reminders.internal;

import static org.legible.system.sql.SqlValues.instant;

import com.interaso.webpush.VapidKeys;
import java.time.Clock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The server's Web Push (VAPID) key pair, made on first use and kept in the database, so every server on the same
 * database signs with the same key and browsers' subscriptions survive restarts. The private key never leaves here.
 */
@Repository
class ServerKeys {

    private static final String VAPID = "vapid";

    private final JdbcClient jdbc;
    private final Clock clock;
    private volatile VapidKeys vapid;

    ServerKeys(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    VapidKeys vapid() {
        VapidKeys keys = vapid;
        if (keys == null) {
            keys = loadOrMake();
            vapid = keys;
        }
        return keys;
    }

    private VapidKeys loadOrMake() {
        VapidKeys made = VapidKeys.generate();
        // Two servers starting together: the first insert wins and both read back the same row.
        jdbc.sql("""
                INSERT INTO server_key (name, public_key, private_key, created_at)
                VALUES (:name, :public, :private, :now)
                ON CONFLICT (name) DO NOTHING
                """)
                .param("name", VAPID)
                .param("public", made.getX509PublicKey())
                .param("private", made.getPkcs8PrivateKey())
                .param("now", instant(clock.instant()))
                .update();
        return jdbc.sql("SELECT public_key, private_key FROM server_key WHERE name = :name")
                .param("name", VAPID)
                .query((rs, n) -> VapidKeys.create(rs.getString("public_key"), rs.getString("private_key")))
                .single();
    }
}
