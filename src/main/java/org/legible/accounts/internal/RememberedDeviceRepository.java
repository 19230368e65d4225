package org.legible.accounts.internal;

import static org.legible.system.sql.SqlValues.instant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.legible.accounts.AccountId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class RememberedDeviceRepository {

    /** One device a person stays signed in on. */
    record Row(String id, AccountId account, String series, String tokenHash, String label, Instant lastUsedAt) {}

    private final JdbcClient jdbc;

    RememberedDeviceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Row row, Instant now) {
        jdbc.sql("""
                INSERT INTO remembered_device (id, account_id, series, token_hash, label, created_at, last_used_at)
                VALUES (:id, :account, :series, :hash, :label, :now, :now)
                """)
                .param("id", row.id())
                .param("account", row.account().value())
                .param("series", row.series())
                .param("hash", row.tokenHash())
                .param("label", row.label())
                .param("now", instant(now))
                .update();
    }

    Optional<Row> bySeries(String series) {
        return jdbc.sql("""
                SELECT id, account_id, series, token_hash, label, last_used_at FROM remembered_device
                WHERE series = :series
                """)
                .param("series", series)
                .query(RememberedDeviceRepository::row)
                .optional();
    }

    List<Row> ofAccount(AccountId account) {
        return jdbc.sql("""
                SELECT id, account_id, series, token_hash, label, last_used_at FROM remembered_device
                WHERE account_id = :account ORDER BY last_used_at DESC, id
                """)
                .param("account", account.value())
                .query(RememberedDeviceRepository::row)
                .list();
    }

    void used(String series, Instant now) {
        jdbc.sql("UPDATE remembered_device SET last_used_at = :now WHERE series = :series")
                .param("now", instant(now))
                .param("series", series)
                .update();
    }

    void deleteSeries(String series) {
        jdbc.sql("DELETE FROM remembered_device WHERE series = :series")
                .param("series", series)
                .update();
    }

    boolean delete(AccountId account, String id) {
        return jdbc.sql("DELETE FROM remembered_device WHERE id = :id AND account_id = :account")
                        .param("id", id)
                        .param("account", account.value())
                        .update()
                > 0;
    }

    /** Every device of the account but the one with {@code keepSeries} (null: every device). */
    void deleteAllBut(AccountId account, String keepSeries) {
        jdbc.sql("DELETE FROM remembered_device WHERE account_id = :account AND series <> :keep")
                .param("account", account.value())
                .param("keep", keepSeries == null ? "" : keepSeries)
                .update();
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(
                rs.getString("id"),
                new AccountId(rs.getString("account_id")),
                rs.getString("series"),
                rs.getString("token_hash"),
                rs.getString("label"),
                instant(rs.getString("last_used_at")));
    }
}
