package org.legible.diary.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.legible.accounts.AccountId;
import org.legible.diary.Coded;
import org.legible.diary.OwnItem;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class OwnItemRepository {

    private final JdbcClient jdbc;

    OwnItemRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every item of the account's, stopped ones too, in the order they were begun. */
    List<OwnItem> all(AccountId account) {
        return jdbc.sql("""
                        SELECT id, name, kind, low_label, high_label, unit, words, since, stopped_on
                        FROM own_item WHERE account_id = :account ORDER BY since, name, id
                        """)
                .param("account", account.value())
                .query(OwnItemRepository::item)
                .list();
    }

    /** The account that holds the item {@code id}, if any holds it. */
    java.util.Optional<String> owner(String id) {
        return jdbc.sql("SELECT account_id FROM own_item WHERE id = :id")
                .param("id", id)
                .query(String.class)
                .optional();
    }

    void insert(AccountId account, OwnItem item) {
        jdbc.sql("""
                        INSERT INTO own_item (id, account_id, name, kind, low_label, high_label, unit, words, since,
                            stopped_on)
                        VALUES (:id, :account, :name, :kind, :low, :high, :unit, :words, :since, :stopped)
                        """)
                .param("id", item.id())
                .param("account", account.value())
                .param("name", item.name())
                .param("kind", item.kind().code())
                .param("low", item.low())
                .param("high", item.high())
                .param("unit", item.unit())
                .param("words", item.words().isEmpty() ? null : String.join("\n", item.words()))
                .param("since", item.since().toString())
                .param(
                        "stopped",
                        item.stoppedOn() == null ? null : item.stoppedOn().toString())
                .update();
    }

    /** Stops a running item on {@code day}; false when none such is running. */
    boolean stop(AccountId account, String id, LocalDate day) {
        return jdbc.sql("""
                        UPDATE own_item SET stopped_on = CASE WHEN since > :day THEN since ELSE :day END
                        WHERE account_id = :account AND id = :id AND stopped_on IS NULL
                        """)
                        .param("day", day.toString())
                        .param("account", account.value())
                        .param("id", id)
                        .update()
                == 1;
    }

    private static OwnItem item(ResultSet rs, int row) throws SQLException {
        String words = rs.getString("words");
        String stopped = rs.getString("stopped_on");
        return new OwnItem(
                rs.getString("id"),
                rs.getString("name"),
                Coded.fromCode(OwnItem.Kind.class, rs.getString("kind")).orElseThrow(),
                rs.getString("low_label"),
                rs.getString("high_label"),
                rs.getString("unit"),
                words == null ? List.of() : Arrays.asList(words.split("\n")),
                LocalDate.parse(rs.getString("since")),
                stopped == null ? null : LocalDate.parse(stopped));
    }
}
