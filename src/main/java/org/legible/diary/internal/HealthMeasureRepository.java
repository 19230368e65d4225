package org.legible.diary.internal;

import static org.legible.system.sql.SqlValues.date;
import static org.legible.system.sql.SqlValues.decimal;
import static org.legible.system.sql.SqlValues.instant;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.legible.accounts.AccountId;
import org.legible.diary.HealthMeasures;
import org.legible.diary.HealthMeasures.EntryKind;
import org.legible.diary.HealthMeasures.Import;
import org.legible.diary.HealthMeasures.Night;
import org.legible.diary.HealthMeasures.StepDay;
import org.legible.diary.HealthMeasures.TrackerEntry;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Imports of measured sleep and steps and of other trackers' diaries, and their days. Every statement is scoped to
 * the account.
 */
@Repository
class HealthMeasureRepository {

    private static final String IMPORT_COLUMNS = """
            i.id, i.source_kind, i.file_name, i.file_sha256, i.imported_at, i.records,
            (SELECT COUNT(*) FROM measured_night n WHERE n.import_id = i.id AND n.account_id = i.account_id) AS nights,
            (SELECT COUNT(*) FROM measured_steps s WHERE s.import_id = i.id AND s.account_id = i.account_id) AS step_days,
            (SELECT COUNT(DISTINCT e.diary_day) FROM tracker_entry e
              WHERE e.import_id = i.id AND e.account_id = i.account_id) AS entry_days
            """;
    private static final String SELECT_ENTRIES =
            "SELECT diary_day, kind, name, rating, scale_max, detail FROM tracker_entry WHERE account_id = :account";
    /** Ratings first, then medications, strategies and triggers, each by name: the order a day's line reads in. */
    private static final String ENTRY_ORDER = " ORDER BY diary_day,"
            + " CASE kind WHEN 'rating' THEN 0 WHEN 'medication' THEN 1 WHEN 'strategy' THEN 2 ELSE 3 END, name";

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;

    HealthMeasureRepository(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    void insertImport(
            AccountId account, String id, String kind, String fileName, String sha256, Instant at, long records) {
        jdbc.sql("""
                INSERT INTO measure_import (id, account_id, source_kind, file_name, file_sha256, imported_at, records)
                VALUES (:id, :account, :kind, :name, :sha, :at, :records)
                """)
                .param("id", id)
                .param("account", account.value())
                .param("kind", kind)
                .param("name", fileName)
                .param("sha", sha256)
                .param("at", instant(at))
                .param("records", records)
                .update();
    }

    /**
     * Adds the nights of days that have none yet, in one batch (an import brings thousands); how many were left out
     * because their day already had one.
     */
    int insertNights(AccountId account, String importId, List<Night> nights) {
        Set<LocalDate> taken = days("measured_night", account);
        List<SqlParameterSource> rows = new ArrayList<>();
        for (Night night : nights) {
            if (taken.add(night.day())) {
                rows.add(new MapSqlParameterSource()
                        .addValue("account", account.value())
                        .addValue("day", date(night.day()))
                        .addValue("import", importId)
                        .addValue("source", night.source())
                        .addValue("asleep", night.asleepMinutes())
                        .addValue("bed", night.inBedMinutes())
                        .addValue("core", night.coreMinutes())
                        .addValue("deep", night.deepMinutes())
                        .addValue("rem", night.remMinutes()));
            }
        }
        batch.batchUpdate("""
                INSERT INTO measured_night (account_id, diary_day, import_id, source, asleep_minutes, in_bed_minutes,
                                            core_minutes, deep_minutes, rem_minutes)
                VALUES (:account, :day, :import, :source, :asleep, :bed, :core, :deep, :rem)
                """, rows.toArray(SqlParameterSource[]::new));
        return nights.size() - rows.size();
    }

    /** Adds the steps of days that have none yet, in one batch; how many were left out for it. */
    int insertSteps(AccountId account, String importId, List<StepDay> days) {
        Set<LocalDate> taken = days("measured_steps", account);
        List<SqlParameterSource> rows = new ArrayList<>();
        for (StepDay steps : days) {
            if (taken.add(steps.day())) {
                rows.add(new MapSqlParameterSource()
                        .addValue("account", account.value())
                        .addValue("day", date(steps.day()))
                        .addValue("import", importId)
                        .addValue("source", steps.source())
                        .addValue("steps", steps.steps())
                        .addValue("activeMinutes", steps.activeMinutes(), java.sql.Types.INTEGER));
            }
        }
        batch.batchUpdate("""
                INSERT INTO measured_steps (account_id, diary_day, import_id, source, steps, active_minutes)
                VALUES (:account, :day, :import, :source, :steps, :activeMinutes)
                """, rows.toArray(SqlParameterSource[]::new));
        return days.size() - rows.size();
    }

    /** The days of the account that have a row in the table. */
    private Set<LocalDate> days(String table, AccountId account) {
        // The table name comes from this class only, never from a request.
        return new HashSet<>(jdbc.sql("SELECT diary_day FROM " + table + " WHERE account_id = :account")
                .param("account", account.value())
                .query((rs, row) -> date(rs.getString("diary_day")))
                .list());
    }

    /** Adds the entry unless the day already has one of that kind and name; true when it was added. */
    boolean insertEntry(AccountId account, String importId, TrackerEntry entry) {
        boolean exists = jdbc.sql("""
                                SELECT COUNT(*) FROM tracker_entry
                                WHERE account_id = :account AND diary_day = :day AND kind = :kind AND name = :name
                                """)
                        .param("account", account.value())
                        .param("day", date(entry.day()))
                        .param("kind", entry.kind().code())
                        .param("name", entry.name())
                        .query(Integer.class)
                        .single()
                > 0;
        if (exists) {
            return false;
        }
        jdbc.sql("""
                INSERT INTO tracker_entry (account_id, diary_day, kind, name, import_id, rating, scale_max, detail)
                VALUES (:account, :day, :kind, :name, :import, :rating, :scale, :detail)
                """)
                .param("account", account.value())
                .param("day", date(entry.day()))
                .param("kind", entry.kind().code())
                .param("name", entry.name())
                .param("import", importId)
                .param("rating", entry.rating(), java.sql.Types.INTEGER)
                .param("scale", entry.scaleMax(), java.sql.Types.INTEGER)
                .param("detail", entry.detail(), java.sql.Types.VARCHAR)
                .update();
        return true;
    }

    List<TrackerEntry> entriesOf(AccountId account, String importId) {
        return jdbc.sql(SELECT_ENTRIES + " AND import_id = :import" + ENTRY_ORDER)
                .param("account", account.value())
                .param("import", importId)
                .query(HealthMeasureRepository::entry)
                .list();
    }

    List<TrackerEntry> entries(AccountId account, LocalDate from, LocalDate to) {
        return jdbc.sql(SELECT_ENTRIES + " AND diary_day BETWEEN :from AND :to" + ENTRY_ORDER)
                .param("account", account.value())
                .param("from", date(from))
                .param("to", date(to))
                .query(HealthMeasureRepository::entry)
                .list();
    }

    List<HealthMeasures.RatedItem> ratedItems(AccountId account) {
        return jdbc.sql("""
                        SELECT name, scale_max, COUNT(*) AS days, MIN(diary_day) AS first_day,
                            MAX(diary_day) AS last_day
                        FROM tracker_entry WHERE account_id = :account AND kind = 'rating'
                        GROUP BY name, scale_max ORDER BY name, scale_max
                        """)
                .param("account", account.value())
                .query((rs, row) -> new HealthMeasures.RatedItem(
                        rs.getString("name"),
                        rs.getInt("scale_max"),
                        rs.getInt("days"),
                        date(rs.getString("first_day")),
                        date(rs.getString("last_day"))))
                .list();
    }

    Optional<Import> findByFile(AccountId account, String sha256) {
        return jdbc.sql("SELECT " + IMPORT_COLUMNS
                        + " FROM measure_import i WHERE i.account_id = :account AND i.file_sha256 = :sha")
                .param("account", account.value())
                .param("sha", sha256)
                .query(HealthMeasureRepository::importRow)
                .optional();
    }

    Optional<Import> find(AccountId account, String id) {
        return jdbc.sql("SELECT " + IMPORT_COLUMNS
                        + " FROM measure_import i WHERE i.account_id = :account AND i.id = :id")
                .param("account", account.value())
                .param("id", id)
                .query(HealthMeasureRepository::importRow)
                .optional();
    }

    List<Import> imports(AccountId account) {
        return jdbc.sql(
                        "SELECT " + IMPORT_COLUMNS
                                + " FROM measure_import i WHERE i.account_id = :account ORDER BY i.imported_at DESC, i.file_sha256 DESC")
                .param("account", account.value())
                .query(HealthMeasureRepository::importRow)
                .list();
    }

    boolean delete(AccountId account, String id) {
        return jdbc.sql("DELETE FROM measure_import WHERE account_id = :account AND id = :id")
                        .param("account", account.value())
                        .param("id", id)
                        .update()
                > 0;
    }

    List<Night> nightsOf(AccountId account, String importId) {
        return jdbc.sql("""
                SELECT diary_day, source, asleep_minutes, in_bed_minutes, core_minutes, deep_minutes, rem_minutes
                FROM measured_night WHERE account_id = :account AND import_id = :import ORDER BY diary_day
                """)
                .param("account", account.value())
                .param("import", importId)
                .query(HealthMeasureRepository::night)
                .list();
    }

    List<StepDay> stepsOf(AccountId account, String importId) {
        return jdbc.sql("""
                SELECT diary_day, source, steps, active_minutes FROM measured_steps
                WHERE account_id = :account AND import_id = :import ORDER BY diary_day
                """)
                .param("account", account.value())
                .param("import", importId)
                .query(HealthMeasureRepository::stepDay)
                .list();
    }

    List<Night> nights(AccountId account, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                SELECT diary_day, source, asleep_minutes, in_bed_minutes, core_minutes, deep_minutes, rem_minutes
                FROM measured_night WHERE account_id = :account AND diary_day BETWEEN :from AND :to
                ORDER BY diary_day
                """)
                .param("account", account.value())
                .param("from", date(from))
                .param("to", date(to))
                .query(HealthMeasureRepository::night)
                .list();
    }

    List<StepDay> steps(AccountId account, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                SELECT diary_day, source, steps, active_minutes FROM measured_steps
                WHERE account_id = :account AND diary_day BETWEEN :from AND :to ORDER BY diary_day
                """)
                .param("account", account.value())
                .param("from", date(from))
                .param("to", date(to))
                .query(HealthMeasureRepository::stepDay)
                .list();
    }

    private static Night night(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Night(
                date(rs.getString("diary_day")),
                rs.getString("source"),
                decimal(rs.getObject("asleep_minutes")),
                decimal(rs.getObject("in_bed_minutes")),
                decimal(rs.getObject("core_minutes")),
                decimal(rs.getObject("deep_minutes")),
                decimal(rs.getObject("rem_minutes")));
    }

    private static StepDay stepDay(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        Object active = rs.getObject("active_minutes"); // null stays null on both databases
        return new StepDay(
                date(rs.getString("diary_day")),
                rs.getString("source"),
                rs.getLong("steps"),
                active == null ? null : ((Number) active).intValue());
    }

    private static TrackerEntry entry(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new TrackerEntry(
                date(rs.getString("diary_day")),
                EntryKind.fromCode(rs.getString("kind")).orElseThrow(),
                rs.getString("name"),
                integer(rs.getObject("rating")),
                integer(rs.getObject("scale_max")),
                rs.getString("detail"));
    }

    private static Integer integer(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }

    private static Import importRow(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Import(
                rs.getString("id"),
                rs.getString("source_kind"),
                rs.getString("file_name"),
                rs.getString("file_sha256"),
                instant(rs.getString("imported_at")),
                rs.getLong("records"),
                rs.getInt("nights"),
                rs.getInt("step_days"),
                rs.getInt("entry_days"));
    }
}
