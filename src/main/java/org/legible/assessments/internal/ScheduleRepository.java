package org.legible.assessments.internal;

import java.util.HashMap;
import java.util.Map;
import org.legible.accounts.AccountId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The person's reminder intervals; an instrument without a row uses its suggested interval. */
@Repository
class ScheduleRepository {

    private final JdbcClient jdbc;

    ScheduleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<String, Integer> intervals(AccountId account) {
        Map<String, Integer> intervals = new HashMap<>();
        jdbc.sql("SELECT instrument, interval_days FROM assessment_schedule WHERE account_id = :account")
                .param("account", account.value())
                .query(rs -> {
                    intervals.put(rs.getString(1), rs.getInt(2));
                });
        return intervals;
    }

    void set(AccountId account, String instrument, int days) {
        jdbc.sql("DELETE FROM assessment_schedule WHERE account_id = :account AND instrument = :instrument")
                .param("account", account.value())
                .param("instrument", instrument)
                .update();
        jdbc.sql("""
                INSERT INTO assessment_schedule (account_id, instrument, interval_days)
                VALUES (:account, :instrument, :days)
                """)
                .param("account", account.value())
                .param("instrument", instrument)
                .param("days", days)
                .update();
    }
}
