package org.legible.accounts.internal;

import static org.legible.system.sql.SqlValues.bool;
import static org.legible.system.sql.SqlValues.instant;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.legible.accounts.AccountId;
import org.legible.accounts.Preferences;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class AccountRepository {

    /** The columns a sign-in needs. */
    record Credentials(AccountId id, String email, String passphraseHash, boolean admin, Instant passphraseChangedAt) {}

    private final JdbcClient jdbc;

    AccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long count() {
        return jdbc.sql("SELECT COUNT(*) FROM account").query(Long.class).single();
    }

    boolean emailExists(String email) {
        return jdbc.sql("SELECT COUNT(*) FROM account WHERE email = :email")
                        .param("email", email)
                        .query(Long.class)
                        .single()
                > 0;
    }

    void insert(AccountId id, String email, String hash, boolean admin, Preferences preferences, Instant now) {
        jdbc.sql("""
                INSERT INTO account (id, email, passphrase_hash, is_admin, time_zone, day_boundary,
                                     flare_points, flare_days, asks_mood_and_stress, tracks_cycle, created_at,
                                     passphrase_changed_at)
                VALUES (:id, :email, :hash, :admin, :zone, :boundary, :flarePoints, :flareDays, :moodAndStress,
                        :cycle, :now, :now)
                """)
                .param("id", id.value())
                .param("email", email)
                .param("hash", hash)
                .param("admin", admin)
                .param("zone", preferences.timeZone().getId())
                .param("boundary", preferences.dayBoundary().toString())
                .param("flarePoints", preferences.flarePoints())
                .param("flareDays", preferences.flareDays())
                .param("moodAndStress", preferences.asksMoodAndStress())
                .param("cycle", preferences.tracksCycle())
                .param("now", instant(now))
                .update();
    }

    Optional<Credentials> credentialsByEmail(String email) {
        return jdbc.sql("""
                SELECT id, email, passphrase_hash, is_admin, passphrase_changed_at
                FROM account WHERE email = :email
                """)
                .param("email", email)
                .query((rs, row) -> new Credentials(
                        new AccountId(rs.getString("id")),
                        rs.getString("email"),
                        rs.getString("passphrase_hash"),
                        bool(rs.getObject("is_admin")),
                        instant(rs.getString("passphrase_changed_at"))))
                .optional();
    }

    Optional<String> passphraseHash(AccountId id) {
        return jdbc.sql("SELECT passphrase_hash FROM account WHERE id = :id")
                .param("id", id.value())
                .query(String.class)
                .optional();
    }

    Optional<String> email(AccountId id) {
        return jdbc.sql("SELECT email FROM account WHERE id = :id")
                .param("id", id.value())
                .query(String.class)
                .optional();
    }

    boolean isAdmin(AccountId id) {
        return jdbc.sql("SELECT is_admin FROM account WHERE id = :id")
                .param("id", id.value())
                .query((rs, row) -> bool(rs.getObject(1)))
                .optional()
                .orElse(false);
    }

    /** Administrators other than {@code id}. */
    long otherAdministrators(AccountId id) {
        return jdbc.sql("SELECT COUNT(*) FROM account WHERE is_admin = TRUE AND id <> :id")
                .param("id", id.value())
                .query(Long.class)
                .single();
    }

    void makeAdministrator(AccountId id) {
        jdbc.sql("UPDATE account SET is_admin = TRUE WHERE id = :id")
                .param("id", id.value())
                .update();
    }

    void updatePassphrase(AccountId id, String hash, Instant now) {
        jdbc.sql("UPDATE account SET passphrase_hash = :hash, passphrase_changed_at = :now WHERE id = :id")
                .param("hash", hash)
                .param("now", instant(now))
                .param("id", id.value())
                .update();
    }

    /** A rehash at sign-in (stronger parameters) is not a passphrase change: sessions stay. */
    void updateHashByEmail(String email, String hash) {
        jdbc.sql("UPDATE account SET passphrase_hash = :hash WHERE email = :email")
                .param("hash", hash)
                .param("email", email)
                .update();
    }

    Optional<Preferences> preferences(AccountId id) {
        return jdbc.sql("SELECT time_zone, day_boundary, flare_points, flare_days, asks_mood_and_stress,"
                        + " tracks_cycle FROM account WHERE id = :id")
                .param("id", id.value())
                .query((rs, row) -> new Preferences(
                        ZoneId.of(rs.getString("time_zone")),
                        // Whole minutes: a boundary with seconds saved before they were refused still reads.
                        LocalTime.parse(rs.getString("day_boundary")).truncatedTo(ChronoUnit.MINUTES),
                        rs.getInt("flare_points"),
                        rs.getInt("flare_days"),
                        rs.getBoolean("asks_mood_and_stress"),
                        rs.getBoolean("tracks_cycle")))
                .optional();
    }

    void updatePreferences(AccountId id, Preferences preferences) {
        jdbc.sql("""
                UPDATE account SET time_zone = :zone, day_boundary = :boundary,
                                   flare_points = :flarePoints, flare_days = :flareDays,
                                   asks_mood_and_stress = :moodAndStress, tracks_cycle = :cycle
                WHERE id = :id
                """)
                .param("zone", preferences.timeZone().getId())
                .param("boundary", preferences.dayBoundary().toString())
                .param("flarePoints", preferences.flarePoints())
                .param("flareDays", preferences.flareDays())
                .param("moodAndStress", preferences.asksMoodAndStress())
                .param("cycle", preferences.tracksCycle())
                .param("id", id.value())
                .update();
    }

    void delete(AccountId id) {
        jdbc.sql("DELETE FROM account WHERE id = :id").param("id", id.value()).update();
    }
}
