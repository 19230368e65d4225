package org.legible.experiments.internal;

import static org.legible.system.sql.SqlValues.date;
import static org.legible.system.sql.SqlValues.instant;

import java.util.List;
import java.util.Optional;
import org.legible.accounts.AccountId;
import org.legible.diary.Coded;
import org.legible.diary.Vocabulary.Strategy;
import org.legible.experiments.Experiment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Personal experiments. Every statement is scoped to the account. */
@Repository
class ExperimentRepository {

    private static final String COLUMNS = "id, strategy, started_on, days, ended_on, created_at";

    private final JdbcClient jdbc;

    ExperimentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(AccountId account, Experiment e) {
        jdbc.sql("""
                INSERT INTO experiment (id, account_id, strategy, started_on, days, ended_on, created_at)
                VALUES (:id, :account, :strategy, :started, :days, :ended, :created)
                """)
                .param("id", e.id())
                .param("account", account.value())
                .param("strategy", e.strategy().code())
                .param("started", date(e.startedOn()))
                .param("days", e.days())
                .param("ended", e.endedOn() == null ? null : date(e.endedOn()), java.sql.Types.VARCHAR)
                .param("created", instant(e.createdAt()))
                .update();
    }

    /** Newest first. */
    List<Experiment> list(AccountId account) {
        return jdbc.sql("SELECT " + COLUMNS
                        + " FROM experiment WHERE account_id = :account ORDER BY started_on DESC, created_at DESC")
                .param("account", account.value())
                .query(ExperimentRepository::row)
                .list();
    }

    Optional<Experiment> find(AccountId account, String id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM experiment WHERE account_id = :account AND id = :id")
                .param("account", account.value())
                .param("id", id)
                .query(ExperimentRepository::row)
                .optional();
    }

    boolean end(AccountId account, String id, java.time.LocalDate day) {
        return jdbc.sql("UPDATE experiment SET ended_on = :day WHERE account_id = :account AND id = :id"
                                + " AND ended_on IS NULL")
                        .param("day", date(day))
                        .param("account", account.value())
                        .param("id", id)
                        .update()
                > 0;
    }

    boolean delete(AccountId account, String id) {
        return jdbc.sql("DELETE FROM experiment WHERE account_id = :account AND id = :id")
                        .param("account", account.value())
                        .param("id", id)
                        .update()
                > 0;
    }

    private static Experiment row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        String ended = rs.getString("ended_on");
        return new Experiment(
                rs.getString("id"),
                Coded.fromCode(Strategy.class, rs.getString("strategy")).orElseThrow(),
                date(rs.getString("started_on")),
                rs.getInt("days"),
                ended == null ? null : date(ended),
                instant(rs.getString("created_at")));
    }
}
