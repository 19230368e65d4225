package org.legible.importers.internal;

import static org.legible.system.sql.SqlValues.bool;
import static org.legible.system.sql.SqlValues.instant;
import static org.legible.system.sql.SqlValues.integer;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.legible.accounts.AccountId;
import org.legible.diary.HealthMeasures;
import org.legible.importers.ImportJobs;
import org.legible.importers.ImportedDays;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The import jobs (V21), written by the server that reads the file and read by any. */
@Repository
class ImportJobRepository {

    private static final String COLUMNS = """
            id, file_name, started_at, heartbeat_at, state, bytes_read, total_bytes, records_found, error, error_line,
            error_part, already_imported, import_id, source_kind, imported_name, records, nights, step_days,
            entry_days, nights_skipped, step_days_skipped, entries_skipped, records_left_out, note, future_days_left_out,
            implausible_days_left_out
            """;

    /** A job as stored, with when its server last said it still has it. */
    record Row(ImportJobs.Progress progress, Instant heartbeat) {}

    private final JdbcClient jdbc;

    ImportJobRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(String id, AccountId account, String fileName, String storedAs, Instant now, long totalBytes) {
        jdbc.sql("""
                INSERT INTO import_job (id, account_id, file_name, stored_as, started_at, heartbeat_at, state,
                                        bytes_read, total_bytes, records_found)
                VALUES (:id, :account, :name, :storedAs, :now, :now, 'waiting', 0, :total, 0)
                """)
                .param("id", id)
                .param("account", account.value())
                .param("name", fileName)
                .param("storedAs", storedAs)
                .param("now", instant(now))
                .param("total", totalBytes)
                .update();
    }

    Optional<Row> find(AccountId account, String id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM import_job WHERE id = :id AND account_id = :account")
                .param("id", id)
                .param("account", account.value())
                .query(ImportJobRepository::row)
                .optional();
    }

    List<Row> unfinished(AccountId account) {
        return jdbc.sql("SELECT " + COLUMNS
                        + " FROM import_job WHERE account_id = :account AND state IN ('waiting', 'reading')"
                        + " ORDER BY started_at, id")
                .param("account", account.value())
                .query(ImportJobRepository::row)
                .list();
    }

    void reading(String id, Instant now) {
        jdbc.sql("UPDATE import_job SET state = 'reading', heartbeat_at = :now WHERE id = :id")
                .param("id", id)
                .param("now", instant(now))
                .update();
    }

    void progress(String id, long bytesRead, long recordsFound, Instant now) {
        jdbc.sql("""
                UPDATE import_job SET bytes_read = :bytes, records_found = :records, heartbeat_at = :now
                WHERE id = :id
                """)
                .param("id", id)
                .param("bytes", bytesRead)
                .param("records", recordsFound)
                .param("now", instant(now))
                .update();
    }

    /** This server still has these jobs (waiting in its queue or being read). */
    void beat(Collection<String> ids, Instant now) {
        if (!ids.isEmpty()) {
            jdbc.sql("UPDATE import_job SET heartbeat_at = :now WHERE id IN (:ids)")
                    .param("ids", ids)
                    .param("now", instant(now))
                    .update();
        }
    }

    void done(String id, long bytesRead, long recordsFound, ImportedDays.Outcome outcome, Instant now) {
        HealthMeasures.Import imported = outcome.imported();
        jdbc.sql("""
                UPDATE import_job SET state = 'done', heartbeat_at = :now, bytes_read = :bytes,
                    records_found = :found, already_imported = :already, import_id = :importId,
                    source_kind = :kind, imported_name = :importedName, records = :records, nights = :nights,
                    step_days = :stepDays, entry_days = :entryDays, nights_skipped = :nightsSkipped,
                    step_days_skipped = :stepDaysSkipped, entries_skipped = :entriesSkipped,
                    records_left_out = :leftOut, note = :note, future_days_left_out = :future,
                    implausible_days_left_out = :implausible
                WHERE id = :id
                """)
                .param("id", id)
                .param("now", instant(now))
                .param("bytes", bytesRead)
                .param("found", recordsFound)
                .param("already", outcome.alreadyImported())
                .param("importId", imported.id())
                .param("kind", imported.sourceKind())
                .param("importedName", imported.fileName())
                .param("records", imported.records())
                .param("nights", imported.nights())
                .param("stepDays", imported.stepDays())
                .param("entryDays", imported.entryDays())
                .param("nightsSkipped", outcome.nightsSkipped())
                .param("stepDaysSkipped", outcome.stepDaysSkipped())
                .param("entriesSkipped", outcome.entriesSkipped())
                .param("leftOut", outcome.recordsLeftOut())
                .param("note", outcome.note())
                .param("future", outcome.futureDaysLeftOut())
                .param("implausible", outcome.implausibleDaysLeftOut())
                .update();
    }

    void failed(String id, long bytesRead, String error, int line, String part, Instant now) {
        jdbc.sql("""
                UPDATE import_job SET state = 'failed', heartbeat_at = :now, bytes_read = :bytes, error = :error,
                    error_line = :line, error_part = :part
                WHERE id = :id
                """)
                .param("id", id)
                .param("now", instant(now))
                .param("bytes", bytesRead)
                .param("error", error)
                .param("line", line)
                .param("part", part == null || part.length() <= 200 ? part : part.substring(0, 200))
                .update();
    }

    /**
     * Marks jobs whose server stopped (no heartbeat since {@code cutoff}) as interrupted and returns their files,
     * which nobody will read now.
     */
    List<String> interruptSilentSince(Instant cutoff, Instant now) {
        List<String> files = jdbc.sql("""
                SELECT stored_as FROM import_job
                WHERE state IN ('waiting', 'reading') AND heartbeat_at < :cutoff
                """)
                .param("cutoff", instant(cutoff))
                .query(String.class)
                .list();
        jdbc.sql("""
                UPDATE import_job SET state = 'failed', error = :error, heartbeat_at = :now
                WHERE state IN ('waiting', 'reading') AND heartbeat_at < :cutoff
                """)
                .param("cutoff", instant(cutoff))
                .param("now", instant(now))
                .param("error", ImportJobs.INTERRUPTED)
                .update();
        return files;
    }

    void forgetFinishedBefore(Instant cutoff) {
        jdbc.sql("DELETE FROM import_job WHERE state IN ('done', 'failed') AND started_at < :cutoff")
                .param("cutoff", instant(cutoff))
                .update();
    }

    List<String> unfinishedFiles() {
        return jdbc.sql("SELECT stored_as FROM import_job WHERE state IN ('waiting', 'reading')")
                .query(String.class)
                .list();
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        ImportJobs.State state = ImportJobs.State.valueOf(rs.getString("state").toUpperCase(Locale.ROOT));
        ImportedDays.Outcome outcome = null;
        if (state == ImportJobs.State.DONE) {
            HealthMeasures.Import imported = new HealthMeasures.Import(
                    rs.getString("import_id"),
                    rs.getString("source_kind"),
                    rs.getString("imported_name"),
                    null,
                    null,
                    rs.getLong("records"),
                    rs.getInt("nights"),
                    rs.getInt("step_days"),
                    rs.getInt("entry_days"));
            outcome = new ImportedDays.Outcome(
                    imported,
                    Boolean.TRUE.equals(bool(rs.getObject("already_imported"))),
                    rs.getInt("nights_skipped"),
                    rs.getInt("step_days_skipped"),
                    rs.getInt("records_left_out"),
                    rs.getString("note"),
                    rs.getInt("entries_skipped"),
                    rs.getInt("future_days_left_out"),
                    rs.getInt("implausible_days_left_out"));
        }
        Integer line = integer(rs.getObject("error_line"));
        ImportJobs.Progress progress = new ImportJobs.Progress(
                rs.getString("id"),
                rs.getString("file_name"),
                instant(rs.getString("started_at")),
                state,
                rs.getLong("bytes_read"),
                rs.getLong("total_bytes"),
                rs.getLong("records_found"),
                outcome,
                rs.getString("error"),
                line == null ? 0 : line,
                rs.getString("error_part"));
        return new Row(progress, instant(rs.getString("heartbeat_at")));
    }
}
