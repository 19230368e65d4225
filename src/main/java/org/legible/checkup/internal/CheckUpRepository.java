package org.legible.checkup.internal;

import static org.legible.system.sql.SqlValues.instant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.legible.accounts.AccountId;
import org.legible.checkup.CheckUp;
import org.legible.checkup.CheckUpAnswers;
import org.legible.checkup.CheckUpId;
import org.legible.checkup.Question;
import org.legible.diary.Coded;
import org.legible.diary.Vocabulary.Helped;
import org.legible.diary.Vocabulary.Strategy;
import org.legible.insights.patterns.Mechanism;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Check-ups and their answers, one row per value. Every statement is scoped to the account. */
@Repository
class CheckUpRepository {

    private static final String COLUMNS =
            "id, started_at, updated_at, completed_at, rule_version, mechanisms, medications";
    private static final String TRIED = "tried.";

    private final JdbcClient jdbc;

    CheckUpRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private record Row(
            String id,
            Instant startedAt,
            Instant updatedAt,
            Instant completedAt,
            Integer ruleVersion,
            String mechanisms,
            String medications) {}

    void insert(AccountId account, CheckUpId id, Instant now) {
        jdbc.sql("""
                INSERT INTO check_up (id, account_id, started_at, updated_at)
                VALUES (:id, :account, :now, :now)
                """)
                .param("id", id.toString())
                .param("account", account.value())
                .param("now", instant(now))
                .update();
    }

    /** Replaces the answers of an unfinished check-up; false when it is finished or not this account's. */
    boolean replaceAnswers(AccountId account, CheckUpId id, CheckUpAnswers answers, Instant now) {
        int updated = jdbc.sql("""
                UPDATE check_up SET updated_at = :now, medications = :medications
                WHERE id = :id AND account_id = :account AND completed_at IS NULL
                """)
                .param("now", instant(now))
                .param("medications", answers.medications())
                .param("id", id.toString())
                .param("account", account.value())
                .update();
        if (updated == 0) {
            return false;
        }
        jdbc.sql("DELETE FROM check_up_answer WHERE check_up_id = :id AND account_id = :account")
                .param("id", id.toString())
                .param("account", account.value())
                .update();
        answers.values()
                .forEach((question, values) -> values.forEach(v -> insertAnswer(account, id, question.code(), v)));
        answers.tried()
                .forEach((strategy, helped) -> insertAnswer(account, id, TRIED + strategy.code(), helped.code()));
        return true;
    }

    private void insertAnswer(AccountId account, CheckUpId id, String question, String answer) {
        jdbc.sql("""
                INSERT INTO check_up_answer (check_up_id, account_id, question, answer)
                VALUES (:id, :account, :question, :answer)
                """)
                .param("id", id.toString())
                .param("account", account.value())
                .param("question", question)
                .param("answer", answer)
                .update();
    }

    void markFinished(AccountId account, CheckUpId id, Instant now, int ruleVersion, List<Mechanism> mechanisms) {
        jdbc.sql("""
                UPDATE check_up SET completed_at = :now, updated_at = :now, rule_version = :version,
                                    mechanisms = :mechanisms
                WHERE id = :id AND account_id = :account AND completed_at IS NULL
                """)
                .param("now", instant(now))
                .param("version", ruleVersion)
                .param(
                        "mechanisms",
                        String.join(
                                ",", mechanisms.stream().map(Mechanism::code).toList()))
                .param("id", id.toString())
                .param("account", account.value())
                .update();
    }

    Optional<CheckUp> find(AccountId account, CheckUpId id) {
        List<Row> rows = jdbc.sql("SELECT " + COLUMNS + " FROM check_up WHERE id = :id AND account_id = :account")
                .param("id", id.toString())
                .param("account", account.value())
                .query(CheckUpRepository::row)
                .list();
        return withAnswers(account, rows).stream().findFirst();
    }

    Optional<CheckUp> draft(AccountId account) {
        List<Row> rows = jdbc.sql("SELECT " + COLUMNS
                        + " FROM check_up WHERE account_id = :account AND completed_at IS NULL"
                        + " ORDER BY updated_at DESC")
                .param("account", account.value())
                .query(CheckUpRepository::row)
                .list();
        return withAnswers(account, rows.stream().limit(1).toList()).stream().findFirst();
    }

    List<CheckUp> finished(AccountId account) {
        List<Row> rows = jdbc.sql("SELECT " + COLUMNS
                        + " FROM check_up WHERE account_id = :account AND completed_at IS NOT NULL"
                        + " ORDER BY completed_at DESC")
                .param("account", account.value())
                .query(CheckUpRepository::row)
                .list();
        return withAnswers(account, rows);
    }

    boolean exists(AccountId account, CheckUpId id) {
        return jdbc.sql("SELECT COUNT(*) FROM check_up WHERE id = :id AND account_id = :account")
                        .param("id", id.toString())
                        .param("account", account.value())
                        .query(Integer.class)
                        .single()
                > 0;
    }

    /** Whether any account uses this id: restoring one must not collide with another person's row. */
    boolean exists(CheckUpId id) {
        return jdbc.sql("SELECT COUNT(*) FROM check_up WHERE id = :id")
                        .param("id", id.toString())
                        .query(Integer.class)
                        .single()
                > 0;
    }

    void restore(AccountId account, CheckUpId id, CheckUp checkUp) {
        jdbc.sql("""
                INSERT INTO check_up (id, account_id, started_at, updated_at)
                VALUES (:id, :account, :started, :updated)
                """)
                .param("id", id.toString())
                .param("account", account.value())
                .param("started", instant(checkUp.startedAt()))
                .param("updated", instant(checkUp.updatedAt()))
                .update();
        replaceAnswers(account, id, checkUp.answers(), checkUp.updatedAt());
        if (checkUp.finished()) {
            markFinished(account, id, checkUp.completedAt(), checkUp.ruleVersion(), checkUp.mechanisms());
            jdbc.sql("UPDATE check_up SET updated_at = :updated WHERE id = :id AND account_id = :account")
                    .param("updated", instant(checkUp.updatedAt()))
                    .param("id", id.toString())
                    .param("account", account.value())
                    .update();
        }
    }

    boolean delete(AccountId account, CheckUpId id) {
        return jdbc.sql("DELETE FROM check_up WHERE id = :id AND account_id = :account")
                        .param("id", id.toString())
                        .param("account", account.value())
                        .update()
                > 0;
    }

    private List<CheckUp> withAnswers(AccountId account, List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<String, List<String[]>> answers = new HashMap<>();
        jdbc.sql("SELECT check_up_id, question, answer FROM check_up_answer WHERE account_id = :account"
                        + " ORDER BY check_up_id, question, answer")
                .param("account", account.value())
                .query(rs -> {
                    answers.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(new String[] {rs.getString(2), rs.getString(3)});
                });
        List<CheckUp> checkUps = new ArrayList<>();
        for (Row row : rows) {
            checkUps.add(new CheckUp(
                    CheckUpId.parse(row.id()).orElseThrow(),
                    row.startedAt(),
                    row.updatedAt(),
                    row.completedAt(),
                    row.ruleVersion(),
                    mechanisms(row.mechanisms()),
                    answers(answers.getOrDefault(row.id(), List.of()), row.medications())));
        }
        return checkUps;
    }

    /** Rows back into answers; a stored value the current questions no longer know is skipped, never an error. */
    private static CheckUpAnswers answers(List<String[]> rows, String medications) {
        Map<Question, List<String>> values = new EnumMap<>(Question.class);
        Map<Strategy, Helped> tried = new EnumMap<>(Strategy.class);
        for (String[] row : rows) {
            if (row[0].startsWith(TRIED)) {
                Optional<Strategy> strategy = Coded.fromCode(Strategy.class, row[0].substring(TRIED.length()));
                Optional<Helped> helped = Coded.fromCode(Helped.class, row[1]);
                if (strategy.isPresent() && helped.isPresent()) {
                    tried.put(strategy.get(), helped.get());
                }
                continue;
            }
            Question.fromCode(row[0])
                    .filter(q -> q.allowed().contains(row[1]))
                    .ifPresent(q ->
                            values.computeIfAbsent(q, k -> new ArrayList<>()).add(row[1]));
        }
        return new CheckUpAnswers(values, tried, medications);
    }

    private static List<Mechanism> mechanisms(String codes) {
        if (codes == null || codes.isBlank()) {
            return List.of();
        }
        return Arrays.stream(codes.split(","))
                .flatMap(code ->
                        Arrays.stream(Mechanism.values()).filter(m -> m.code().equals(code)))
                .toList();
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        String completed = rs.getString("completed_at");
        int version = rs.getInt("rule_version");
        Integer ruleVersion = rs.wasNull() ? null : version;
        return new Row(
                rs.getString("id"),
                instant(rs.getString("started_at")),
                instant(rs.getString("updated_at")),
                completed == null ? null : instant(completed),
                ruleVersion,
                rs.getString("mechanisms"),
                rs.getString("medications"));
    }
}
