package org.legible.system.throttle;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import org.legible.system.sql.SqlValues;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The rows both kinds of throttle keep: events per name and hashed key, each forgotten after a day. */
final class ThrottleEvents {

    private static final Duration KEEP = Duration.ofDays(1);

    private final JdbcClient jdbc;
    private final String name;

    ThrottleEvents(JdbcClient jdbc, String name) {
        this.jdbc = jdbc;
        this.name = name;
    }

    String name() {
        return name;
    }

    JdbcClient jdbc() {
        return jdbc;
    }

    void add(String keyHash, Instant at) {
        jdbc.sql("DELETE FROM throttle_event WHERE at < :old")
                .param("old", SqlValues.instant(at.minus(KEEP)))
                .update();
        jdbc.sql("INSERT INTO throttle_event (name, key_hash, at) VALUES (:name, :key, :at)")
                .param("name", name)
                .param("key", keyHash)
                .param("at", SqlValues.instant(at))
                .update();
    }

    /** How many events the key has after {@code after}: counted by the database, no row read back. */
    int countAfter(String keyHash, Instant after) {
        return jdbc.sql("SELECT COUNT(*) FROM throttle_event WHERE name = :name AND key_hash = :key AND at > :after")
                .param("name", name)
                .param("key", keyHash)
                .param("after", SqlValues.instant(after))
                .query(Integer.class)
                .single();
    }

    /** The key's {@code n}th newest event (1 is the newest); asked only once it has at least {@code n}. */
    Instant nthNewest(String keyHash, int n) {
        return jdbc.sql("""
                        SELECT at FROM throttle_event WHERE name = :name AND key_hash = :key
                        ORDER BY at DESC LIMIT 1 OFFSET :skip""")
                .param("name", name)
                .param("key", keyHash)
                .param("skip", n - 1)
                .query((rs, row) -> SqlValues.instant(rs.getString(1)))
                .single();
    }

    void forget(String keyHash) {
        jdbc.sql("DELETE FROM throttle_event WHERE name = :name AND key_hash = :key")
                .param("name", name)
                .param("key", keyHash)
                .update();
    }

    static String hash(String key) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
