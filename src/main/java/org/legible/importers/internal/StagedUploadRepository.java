package org.legible.importers.internal;

import static org.legible.system.sql.SqlValues.instant;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.legible.accounts.AccountId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The kept-aside uploads (V21): one row per file waiting for its mapping, seen by every server. */
@Repository
class StagedUploadRepository {

    /** A row: whose, the name the person gave it, and the file's name in the upload directory. */
    record Row(String id, AccountId account, String fileName, String storedAs, Instant uploaded) {}

    private final JdbcClient jdbc;

    StagedUploadRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Row row) {
        jdbc.sql("""
                INSERT INTO staged_upload (id, account_id, file_name, stored_as, uploaded_at)
                VALUES (:id, :account, :name, :storedAs, :at)
                """)
                .param("id", row.id())
                .param("account", row.account().value())
                .param("name", row.fileName())
                .param("storedAs", row.storedAs())
                .param("at", instant(row.uploaded()))
                .update();
    }

    Optional<Row> find(AccountId account, String id) {
        return jdbc.sql("""
                SELECT id, account_id, file_name, stored_as, uploaded_at FROM staged_upload
                WHERE id = :id AND account_id = :account
                """)
                .param("id", id)
                .param("account", account.value())
                .query(StagedUploadRepository::row)
                .optional();
    }

    /** Deletes the row; true for the one caller (on whichever server) that deleted it, and so now owns the file. */
    boolean take(AccountId account, String id) {
        return jdbc.sql("DELETE FROM staged_upload WHERE id = :id AND account_id = :account")
                        .param("id", id)
                        .param("account", account.value())
                        .update()
                == 1;
    }

    List<Row> uploadedBefore(Instant cutoff) {
        return jdbc.sql("""
                SELECT id, account_id, file_name, stored_as, uploaded_at FROM staged_upload
                WHERE uploaded_at < :cutoff
                """)
                .param("cutoff", instant(cutoff))
                .query(StagedUploadRepository::row)
                .list();
    }

    boolean delete(String id) {
        return jdbc.sql("DELETE FROM staged_upload WHERE id = :id")
                        .param("id", id)
                        .update()
                == 1;
    }

    List<String> storedFiles() {
        return jdbc.sql("SELECT stored_as FROM staged_upload")
                .query(String.class)
                .list();
    }

    private static Row row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Row(
                rs.getString("id"),
                new AccountId(rs.getString("account_id")),
                rs.getString("file_name"),
                rs.getString("stored_as"),
                instant(rs.getString("uploaded_at")));
    }
}
