package org.legible.experiments.internal;

import static org.legible.system.sql.SqlValues.date;
import static org.legible.system.sql.SqlValues.instant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.legible.accounts.AccountId;
import org.legible.diary.Coded;
import org.legible.diary.Vocabulary.Strategy;
import org.legible.experiments.Experiment;
import org.legible.insights.BlockSchedule.Arm;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Personal experiments. Every statement is scoped to the account. */
@Repository
class ExperimentRepository {

    private static final String COLUMNS = "id, strategy, started_on, days, ended_on, created_at, design, strategy_b,"
            + " block_days, washout_days, block_order, way_a, way_b";

    private final JdbcClient jdbc;

    ExperimentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Holds any other start or restore for the account until this transaction ends (V33). */
    void holdStarts(AccountId account, Instant now) {
        jdbc.sql("""
                INSERT INTO experiment_start (account_id, last_at) VALUES (:account, :now)
                ON CONFLICT (account_id) DO UPDATE SET last_at = excluded.last_at
                """)
                .param("account", account.value())
                .param("now", instant(now))
                .update();
    }

    void insert(AccountId account, Experiment e) {
        Experiment.Blocks b = e.blocks();
        jdbc.sql("""
                INSERT INTO experiment (id, account_id, strategy, started_on, days, ended_on, created_at,
                                        design, strategy_b, block_days, washout_days, block_order, way_a, way_b)
                VALUES (:id, :account, :strategy, :started, :days, :ended, :created,
                        :design, :strategyB, :blockDays, :washoutDays, :blockOrder, :wayA, :wayB)
                """)
                .param("id", e.id())
                .param("account", account.value())
                .param("strategy", e.strategy().code())
                .param("started", date(e.startedOn()))
                .param("days", e.days())
                .param("ended", e.endedOn() == null ? null : date(e.endedOn()), Types.VARCHAR)
                .param("created", instant(e.createdAt()))
                .param("design", e.design().code())
                .param(
                        "strategyB",
                        b == null || b.against() == null ? null : b.against().code(),
                        Types.VARCHAR)
                .param("blockDays", b == null ? null : b.blockDays(), Types.INTEGER)
                .param("washoutDays", b == null ? null : b.washoutDays(), Types.INTEGER)
                .param("blockOrder", b == null ? null : order(b.firstInPair()), Types.VARCHAR)
                .param("wayA", b == null ? null : b.wayA(), Types.VARCHAR)
                .param("wayB", b == null ? null : b.wayB(), Types.VARCHAR)
                .update();
    }

    /** Keeps what the person said of one day: followed the block or not; a second answer replaces the first. */
    void answer(AccountId account, String id, LocalDate day, boolean followed) {
        jdbc.sql("""
                INSERT INTO experiment_day (experiment_id, account_id, day, followed)
                VALUES (:id, :account, :day, :followed)
                ON CONFLICT (experiment_id, day) DO UPDATE SET followed = excluded.followed
                """)
                .param("id", id)
                .param("account", account.value())
                .param("day", date(day))
                .param("followed", followed)
                .update();
    }

    /** What the person said, day by day, oldest first. */
    SortedMap<LocalDate, Boolean> answers(AccountId account, String id) {
        SortedMap<LocalDate, Boolean> answers = new TreeMap<>();
        jdbc.sql("SELECT day, followed FROM experiment_day WHERE account_id = :account AND experiment_id = :id")
                .param("account", account.value())
                .param("id", id)
                .query((RowCallbackHandler) rs -> answers.put(date(rs.getString("day")), rs.getBoolean("followed")));
        return answers;
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

    boolean end(AccountId account, String id, LocalDate day) {
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

    private static Experiment row(ResultSet rs, int n) throws SQLException {
        String ended = rs.getString("ended_on");
        return new Experiment(
                rs.getString("id"),
                strategy(rs.getString("strategy")),
                date(rs.getString("started_on")),
                rs.getInt("days"),
                ended == null ? null : date(ended),
                instant(rs.getString("created_at")),
                blocks(rs));
    }

    private static Experiment.Blocks blocks(ResultSet rs) throws SQLException {
        if (Experiment.Design.of(rs.getString("design")).orElseThrow() == Experiment.Design.BEFORE_AND_AFTER) {
            return null;
        }
        String b = rs.getString("strategy_b");
        List<Arm> order = rs.getString("block_order")
                .chars()
                .mapToObj(c -> Arm.valueOf(String.valueOf((char) c)))
                .toList();
        return new Experiment.Blocks(
                b == null ? null : strategy(b),
                rs.getInt("block_days"),
                rs.getInt("washout_days"),
                order,
                rs.getString("way_a"),
                rs.getString("way_b"));
    }

    private static String order(List<Arm> firstInPair) {
        return firstInPair.stream().map(Arm::name).collect(Collectors.joining());
    }

    private static Strategy strategy(String code) {
        return Coded.fromCode(Strategy.class, code).orElseThrow();
    }
}
