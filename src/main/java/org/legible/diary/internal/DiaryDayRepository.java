package org.legible.diary.internal;

import static org.legible.system.sql.SqlValues.date;

import java.time.LocalDate;
import java.util.List;
import org.legible.accounts.AccountId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The diary days that hold anything: a check-in, a night or steps brought in, or a day of another tracker's diary.
 * The history pages by these, so a day that only an import filled in is listed too.
 */
@Repository
class DiaryDayRepository {

    private final JdbcClient jdbc;

    DiaryDayRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Newest first; each table is read by its (account_id, diary_day) index. */
    List<LocalDate> days(AccountId account, int offset, int limit) {
        return jdbc.sql("""
                SELECT diary_day FROM (
                    SELECT diary_day FROM check_in WHERE account_id = :account AND superseded_at IS NULL
                    UNION SELECT diary_day FROM measured_night WHERE account_id = :account
                    UNION SELECT diary_day FROM measured_steps WHERE account_id = :account
                    UNION SELECT diary_day FROM tracker_entry WHERE account_id = :account
                ) days
                ORDER BY diary_day DESC LIMIT :limit OFFSET :offset
                """)
                .param("account", account.value())
                .param("limit", limit)
                .param("offset", offset)
                .query((rs, n) -> date(rs.getString("diary_day")))
                .list();
    }
}
