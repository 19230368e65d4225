package org.legible.assessments.internal;

import static org.legible.system.sql.SqlValues.date;
import static org.legible.system.sql.SqlValues.decimal;
import static org.legible.system.sql.SqlValues.instant;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.legible.accounts.AccountId;
import org.legible.assessments.OutsideScore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Scores measured elsewhere. Every statement is scoped to the account. */
@Repository
class OutsideScoreRepository {

    private final JdbcClient jdbc;

    OutsideScoreRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(AccountId account, OutsideScore score, Instant now) {
        jdbc.sql("""
                INSERT INTO outside_score (id, account_id, instrument, name, measured_on, score, recorded_at)
                VALUES (:id, :account, :instrument, :name, :measuredOn, :score, :now)
                """)
                .param("id", UUID.randomUUID().toString())
                .param("account", account.value())
                .param("instrument", score.kind().name().toLowerCase(Locale.ROOT))
                .param("name", score.name())
                .param("measuredOn", date(score.measuredOn()))
                .param("score", score.score())
                .param("now", instant(now))
                .update();
    }

    List<OutsideScore> list(AccountId account) {
        return jdbc.sql("""
                SELECT id, instrument, name, measured_on, score FROM outside_score
                WHERE account_id = :account ORDER BY measured_on, recorded_at, id
                """)
                .param("account", account.value())
                .query((rs, n) -> new OutsideScore(
                        rs.getString("id"),
                        OutsideScore.Kind.valueOf(rs.getString("instrument").toUpperCase(Locale.ROOT)),
                        rs.getString("name"),
                        date(rs.getString("measured_on")),
                        decimal(rs.getObject("score"))))
                .list();
    }

    boolean delete(AccountId account, String id) {
        return jdbc.sql("DELETE FROM outside_score WHERE id = :id AND account_id = :account")
                        .param("id", id)
                        .param("account", account.value())
                        .update()
                > 0;
    }
}
