package org.legible.assessments.internal;

import static org.legible.system.sql.SqlValues.date;
import static org.legible.system.sql.SqlValues.instant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.legible.accounts.AccountId;
import org.legible.assessments.AnswerSheet;
import org.legible.assessments.Assessment;
import org.legible.assessments.AssessmentId;
import org.legible.assessments.Instrument;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Assessments and their answers, item by item. Every statement is scoped to the account. */
@Repository
class AssessmentRepository {

    private static final String COLUMNS =
            "id, instrument_version, status, diary_day, started_at, updated_at, completed_at";

    static final int IDS_PER_QUERY = 500;

    private final JdbcClient jdbc;

    AssessmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private record Row(
            String id,
            String version,
            boolean complete,
            LocalDate day,
            Instant startedAt,
            Instant updatedAt,
            Instant completedAt) {}

    void insert(AccountId account, AssessmentId id, String version, LocalDate day, Instant now) {
        jdbc.sql("""
                INSERT INTO assessment (id, account_id, instrument_version, status, diary_day, started_at, updated_at)
                VALUES (:id, :account, :version, 'in_progress', :day, :now, :now)
                """)
                .param("id", id.toString())
                .param("account", account.value())
                .param("version", version)
                .param("day", date(day))
                .param("now", instant(now))
                .update();
    }

    /**
     * Replaces the answers of an unfinished assessment, marking those kept as the diary suggested them; false when it
     * is finished or not this account's.
     */
    boolean replaceAnswers(AccountId account, AssessmentId id, AnswerSheet answers, LocalDate day, Instant now) {
        int updated = jdbc.sql("""
                UPDATE assessment SET updated_at = :now, diary_day = :day
                WHERE id = :id AND account_id = :account AND status = 'in_progress'
                """)
                .param("now", instant(now))
                .param("day", date(day))
                .param("id", id.toString())
                .param("account", account.value())
                .update();
        if (updated == 0) {
            return false;
        }
        jdbc.sql("DELETE FROM assessment_answer WHERE assessment_id = :id AND account_id = :account")
                .param("id", id.toString())
                .param("account", account.value())
                .update();
        for (Map.Entry<String, String> answer : answers.answers().entrySet()) {
            jdbc.sql("""
                    INSERT INTO assessment_answer (assessment_id, account_id, item_code, answer, suggested)
                    VALUES (:id, :account, :item, :answer, :suggested)
                    """)
                    .param("id", id.toString())
                    .param("account", account.value())
                    .param("item", answer.getKey())
                    .param("answer", answer.getValue())
                    .param("suggested", answers.wasSuggested(answer.getKey()))
                    .update();
        }
        return true;
    }

    void markComplete(AccountId account, AssessmentId id, Instant now) {
        jdbc.sql("""
                UPDATE assessment SET status = 'complete', completed_at = :now
                WHERE id = :id AND account_id = :account AND status = 'in_progress'
                """)
                .param("now", instant(now))
                .param("id", id.toString())
                .param("account", account.value())
                .update();
    }

    Optional<Assessment> find(AccountId account, AssessmentId id) {
        List<Row> rows = jdbc.sql("SELECT " + COLUMNS + " FROM assessment WHERE id = :id AND account_id = :account")
                .param("id", id.toString())
                .param("account", account.value())
                .query(AssessmentRepository::row)
                .list();
        return withAnswers(account, rows).stream().findFirst();
    }

    Optional<Assessment> latestDraft(AccountId account, String version) {
        List<Row> rows = jdbc.sql("SELECT " + COLUMNS + " FROM assessment"
                        + " WHERE account_id = :account AND instrument_version = :version AND status = 'in_progress'"
                        + " ORDER BY updated_at DESC, id DESC LIMIT 1")
                .param("account", account.value())
                .param("version", version)
                .query(AssessmentRepository::row)
                .list();
        return withAnswers(account, rows).stream().findFirst();
    }

    /** Finished assessments of these versions, oldest first. */
    List<Assessment> completed(AccountId account, String version) {
        List<Row> rows = jdbc.sql("SELECT " + COLUMNS + " FROM assessment"
                        + " WHERE account_id = :account AND instrument_version = :version AND status = 'complete'"
                        + " ORDER BY diary_day, completed_at, id")
                .param("account", account.value())
                .param("version", version)
                .query(AssessmentRepository::row)
                .list();
        return withAnswers(account, rows);
    }

    /** Every assessment of the account, oldest first. */
    List<Assessment> all(AccountId account) {
        List<Row> rows = jdbc.sql("SELECT " + COLUMNS + " FROM assessment WHERE account_id = :account"
                        + " ORDER BY started_at, id")
                .param("account", account.value())
                .query(AssessmentRepository::row)
                .list();
        return withAnswers(account, rows);
    }

    /** The diary day of the latest finished assessment of a version. */
    Optional<LocalDate> lastCompletedDay(AccountId account, String version) {
        return jdbc.sql("SELECT MAX(diary_day) FROM assessment"
                        + " WHERE account_id = :account AND instrument_version = :version AND status = 'complete'")
                .param("account", account.value())
                .param("version", version)
                .query((rs, n) -> rs.getString(1))
                .optional()
                .map(text -> text == null ? null : date(text));
    }

    /** Whether any account has an assessment with this id; ids are unique across the database. */
    boolean exists(AssessmentId id) {
        return jdbc.sql("SELECT 1 FROM assessment WHERE id = :id")
                .param("id", id.toString())
                .query(Integer.class)
                .optional()
                .isPresent();
    }

    boolean exists(AccountId account, AssessmentId id) {
        return jdbc.sql("SELECT 1 FROM assessment WHERE id = :id AND account_id = :account")
                .param("id", id.toString())
                .param("account", account.value())
                .query(Integer.class)
                .optional()
                .isPresent();
    }

    boolean delete(AccountId account, AssessmentId id) {
        return jdbc.sql("DELETE FROM assessment WHERE id = :id AND account_id = :account")
                        .param("id", id.toString())
                        .param("account", account.value())
                        .update()
                > 0;
    }

    private List<Assessment> withAnswers(AccountId account, List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<String, Map<String, String>> answers = new HashMap<>();
        Map<String, Set<String>> suggested = new HashMap<>();
        List<String> ids = rows.stream().map(Row::id).toList();
        // In chunks, so a long history stays under the databases' limits on bound parameters.
        for (int from = 0; from < ids.size(); from += IDS_PER_QUERY) {
            jdbc.sql("SELECT assessment_id, item_code, answer, suggested FROM assessment_answer"
                            + " WHERE account_id = :account AND assessment_id IN (:ids)")
                    .param("account", account.value())
                    .param("ids", ids.subList(from, Math.min(ids.size(), from + IDS_PER_QUERY)))
                    .query(rs -> {
                        answers.computeIfAbsent(rs.getString(1), k -> new HashMap<>())
                                .put(rs.getString(2), rs.getString(3));
                        if (rs.getBoolean(4)) {
                            suggested
                                    .computeIfAbsent(rs.getString(1), k -> new HashSet<>())
                                    .add(rs.getString(2));
                        }
                    });
        }
        List<Assessment> result = new ArrayList<>(rows.size());
        for (Row row : rows) {
            Optional<Instrument> instrument = Instrument.byVersion(row.version());
            if (instrument.isEmpty()) {
                continue;
            }
            result.add(new Assessment(
                    AssessmentId.parse(row.id()).orElseThrow(),
                    instrument.get(),
                    row.version(),
                    row.complete(),
                    row.day(),
                    row.startedAt(),
                    row.updatedAt(),
                    row.completedAt(),
                    new AnswerSheet(
                            answers.getOrDefault(row.id(), Map.of()), suggested.getOrDefault(row.id(), Set.of()))));
        }
        return result;
    }

    private static Row row(ResultSet rs, int rowNum) throws SQLException {
        String completedAt = rs.getString("completed_at");
        return new Row(
                rs.getString("id"),
                rs.getString("instrument_version"),
                "complete".equals(rs.getString("status")),
                date(rs.getString("diary_day")),
                instant(rs.getString("started_at")),
                instant(rs.getString("updated_at")),
                completedAt == null ? null : instant(completedAt));
    }
}
