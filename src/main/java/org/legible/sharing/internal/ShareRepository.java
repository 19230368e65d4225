package org.legible.sharing.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.legible.accounts.AccountId;
import org.legible.sharing.AccessEvent;
import org.legible.sharing.Share;
import org.legible.sharing.ShareScope;
import org.legible.sharing.Shares;
import org.legible.system.secrets.SecretLinks;
import org.legible.system.sql.SqlValues;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Shares and the access log (V23). A link is looked up only by its hash. */
@Repository
class ShareRepository {

    private static final String COLUMNS =
            "id, account_id, label, scope, with_notes, with_fhir, period_days, period_from, period_to, passcode,"
                    + " created_at, expires_at, revoked_at";

    private final JdbcClient jdbc;

    ShareRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(AccountId account, Share share, String tokenHash, String passcodeHash) {
        jdbc.sql("""
                        INSERT INTO share (id, account_id, label, scope, with_notes, with_fhir, period_days,
                            period_from, period_to, token_hash, passcode, created_at, expires_at)
                        VALUES (:id, :account, :label, :scope, :notes, :fhir, :days, :from, :to, :hash, :passcode,
                            :created, :expires)""")
                .param("id", share.id().toString())
                .param("account", account.value())
                .param("label", share.label())
                .param("scope", share.scope().code())
                .param("notes", share.withNotes())
                .param("fhir", share.withFhir())
                .param("days", share.periodDays())
                .param("from", SqlValues.date(share.from()))
                .param("to", SqlValues.date(share.to()))
                .param("hash", tokenHash)
                .param("passcode", passcodeHash)
                .param("created", SqlValues.instant(share.createdAt()))
                .param("expires", SqlValues.instant(share.expiresAt()))
                .update();
    }

    /**
     * Writes what {@code changed} shows, its days, label and end over the account's share of the same id while it is
     * open; its passcode is kept, replaced by {@code passcodeHash} or removed.
     */
    boolean change(AccountId account, Share changed, Shares.PasscodeChange passcode, String passcodeHash, Instant now) {
        String setPasscode = passcode == Shares.PasscodeChange.KEEP ? "" : ", passcode = :passcode";
        return jdbc.sql("UPDATE share SET label = :label, scope = :scope, with_notes = :notes, with_fhir = :fhir,"
                                + " period_days = :days, period_from = :from, period_to = :to, expires_at = :expires"
                                + setPasscode
                                + " WHERE id = :id AND account_id = :account AND revoked_at IS NULL"
                                + " AND expires_at > :now")
                        .param("label", changed.label())
                        .param("scope", changed.scope().code())
                        .param("notes", changed.withNotes())
                        .param("fhir", changed.withFhir())
                        .param("days", changed.periodDays())
                        .param("from", SqlValues.date(changed.from()))
                        .param("to", SqlValues.date(changed.to()))
                        .param("expires", SqlValues.instant(changed.expiresAt()))
                        .param("passcode", passcodeHash)
                        .param("id", changed.id().toString())
                        .param("account", account.value())
                        .param("now", SqlValues.instant(now))
                        .update()
                == 1;
    }

    List<Share> list(AccountId account) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM share WHERE account_id = :account ORDER BY created_at DESC, id")
                .param("account", account.value())
                .query((rs, n) -> share(rs))
                .list();
    }

    Optional<Shares.Found> byTokenHash(String tokenHash) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM share WHERE token_hash = :hash")
                .param("hash", tokenHash)
                .query((rs, n) -> new Shares.Found(
                        new AccountId(rs.getString("account_id")), share(rs), stamp(rs.getString("passcode"))))
                .optional();
    }

    /** A digest of the passcode's hash: a new passcode (always a new salt) gives a new stamp. */
    private static String stamp(String passcodeHash) {
        return passcodeHash == null ? null : SecretLinks.sha256Hex(passcodeHash);
    }

    /** The passcode's hash, if the share asks for one. */
    Optional<String> passcodeHash(UUID id) {
        return jdbc.sql("SELECT passcode FROM share WHERE id = :id AND passcode IS NOT NULL")
                .param("id", id.toString())
                .query(String.class)
                .optional();
    }

    boolean revoke(AccountId account, UUID id, Instant now) {
        return jdbc.sql("UPDATE share SET revoked_at = :now WHERE id = :id AND account_id = :account"
                                + " AND revoked_at IS NULL")
                        .param("now", SqlValues.instant(now))
                        .param("id", id.toString())
                        .param("account", account.value())
                        .update()
                == 1;
    }

    void addEvent(AccountId account, UUID share, AccessEvent.Kind kind, Instant at) {
        addEvent(account, share, null, null, kind, null, at);
    }

    void addEvent(
            AccountId account,
            UUID share,
            String tokenName,
            String carer,
            AccessEvent.Kind kind,
            String detail,
            Instant at) {
        jdbc.sql("""
                        INSERT INTO access_event (id, account_id, share_id, token_name, carer, at, kind, detail)
                        VALUES (:id, :account, :share, :token, :carer, :at, :kind, :detail)""")
                .param("id", UUID.randomUUID().toString())
                .param("account", account.value())
                .param("share", share == null ? null : share.toString())
                .param("token", tokenName)
                .param("carer", carer)
                .param("at", SqlValues.instant(at))
                .param("kind", kind.code())
                .param("detail", detail)
                .update();
    }

    /** The newest {@code limit} lines after skipping {@code offset}, newest first. */
    List<AccessEvent> events(AccountId account, int offset, int limit) {
        return jdbc.sql("""
                        SELECT e.at, s.id, s.label, e.token_name, e.carer, e.kind, e.detail
                        FROM access_event e LEFT JOIN share s ON s.id = e.share_id
                        WHERE e.account_id = :account ORDER BY e.at DESC, e.id LIMIT :limit OFFSET :offset""")
                .param("account", account.value())
                .param("limit", limit)
                .param("offset", offset)
                .query((rs, n) -> new AccessEvent(
                        SqlValues.instant(rs.getString("at")),
                        rs.getString("id") == null ? null : UUID.fromString(rs.getString("id")),
                        rs.getString("label"),
                        rs.getString("token_name"),
                        rs.getString("carer"),
                        AccessEvent.Kind.fromCode(rs.getString("kind")),
                        rs.getString("detail")))
                .list();
    }

    private static Share share(ResultSet rs) throws SQLException {
        return new Share(
                UUID.fromString(rs.getString("id")),
                rs.getString("label"),
                ShareScope.fromCode(rs.getString("scope")).orElseThrow(),
                rs.getBoolean("with_notes"),
                rs.getBoolean("with_fhir"),
                SqlValues.integer(rs.getObject("period_days")),
                SqlValues.date(rs.getString("period_from")),
                SqlValues.date(rs.getString("period_to")),
                rs.getString("passcode") != null,
                SqlValues.instant(rs.getString("created_at")),
                SqlValues.instant(rs.getString("expires_at")),
                SqlValues.instant(rs.getString("revoked_at")));
    }
}
