package org.legible.accounts.internal;

import static org.legible.system.sql.SqlValues.instant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.legible.accounts.AccountId;
import org.legible.accounts.Carers;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Carers and their invitations (V26). An invitation is found only by its hash, and taken with one update. */
@Repository
class CarerRepository {

    private static final String COLUMNS =
            "id, label, can_record, can_read, invited_at, invite_expires_at, accepted_at, removed_at";

    private final JdbcClient jdbc;

    CarerRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(
            String id,
            AccountId person,
            String label,
            boolean canRecord,
            boolean canRead,
            String tokenHash,
            Instant now,
            Instant expires) {
        jdbc.sql("""
                        INSERT INTO carer (id, account_id, label, can_record, can_read, token_hash, invited_at,
                            invite_expires_at)
                        VALUES (:id, :person, :label, :record, :read, :hash, :now, :expires)""")
                .param("id", id)
                .param("person", person.value())
                .param("label", label)
                .param("record", canRecord)
                .param("read", canRead)
                .param("hash", tokenHash)
                .param("now", instant(now))
                .param("expires", instant(expires))
                .update();
    }

    List<Carers.Carer> ofPerson(AccountId person) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM carer WHERE account_id = :person ORDER BY invited_at DESC, id")
                .param("person", person.value())
                .query((rs, n) -> carer(rs))
                .list();
    }

    boolean remove(AccountId person, String id, Instant now) {
        return jdbc.sql("""
                        UPDATE carer SET removed_at = :now, token_hash = NULL
                        WHERE id = :id AND account_id = :person AND removed_at IS NULL""")
                        .param("now", instant(now))
                        .param("id", id)
                        .param("person", person.value())
                        .update()
                == 1;
    }

    /** An invitation that can still be taken: its id, whose it is, and what it grants. */
    record OpenInvitation(String id, AccountId person, String personEmail, Carers.Invitation invitation) {}

    Optional<OpenInvitation> openInvitation(String tokenHash, Instant now) {
        return jdbc.sql("""
                        SELECT c.id, c.account_id, a.email, c.label, c.can_record, c.can_read
                        FROM carer c JOIN account a ON a.id = c.account_id
                        WHERE c.token_hash = :hash AND c.accepted_at IS NULL AND c.removed_at IS NULL
                            AND c.invite_expires_at > :now""")
                .param("hash", tokenHash)
                .param("now", instant(now))
                .query((rs, n) -> new OpenInvitation(
                        rs.getString("id"),
                        new AccountId(rs.getString("account_id")),
                        rs.getString("email"),
                        new Carers.Invitation(
                                rs.getString("email"),
                                rs.getString("label"),
                                rs.getBoolean("can_record"),
                                rs.getBoolean("can_read"))))
                .optional();
    }

    /** Takes the invitation for this carer, unless someone took it first. */
    boolean accept(String id, AccountId carer, Instant now) {
        return jdbc.sql("""
                        UPDATE carer SET carer_id = :carer, accepted_at = :now, token_hash = NULL
                        WHERE id = :id AND accepted_at IS NULL AND removed_at IS NULL""")
                        .param("carer", carer.value())
                        .param("now", instant(now))
                        .param("id", id)
                        .update()
                == 1;
    }

    List<Carers.Helping> helping(AccountId carer) {
        return jdbc.sql("""
                        SELECT c.id, c.account_id, a.email, c.label, c.can_record, c.can_read
                        FROM carer c JOIN account a ON a.id = c.account_id
                        WHERE c.carer_id = :carer AND c.accepted_at IS NOT NULL AND c.removed_at IS NULL
                        ORDER BY c.accepted_at, c.id""")
                .param("carer", carer.value())
                .query((rs, n) -> new Carers.Helping(
                        rs.getString("id"),
                        new AccountId(rs.getString("account_id")),
                        rs.getString("email"),
                        rs.getString("label"),
                        rs.getBoolean("can_record"),
                        rs.getBoolean("can_read")))
                .list();
    }

    private static Carers.Carer carer(ResultSet rs) throws SQLException {
        return new Carers.Carer(
                rs.getString("id"),
                rs.getString("label"),
                rs.getBoolean("can_record"),
                rs.getBoolean("can_read"),
                instant(rs.getString("invited_at")),
                instant(rs.getString("invite_expires_at")),
                rs.getString("accepted_at") == null ? null : instant(rs.getString("accepted_at")),
                rs.getString("removed_at") == null ? null : instant(rs.getString("removed_at")));
    }
}
