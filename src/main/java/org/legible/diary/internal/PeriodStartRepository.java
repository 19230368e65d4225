package org.legible.diary.internal;

import java.time.LocalDate;
import java.util.List;
import org.legible.accounts.AccountId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class PeriodStartRepository {

    private final JdbcClient jdbc;

    PeriodStartRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<LocalDate> all(AccountId account) {
        return jdbc.sql("SELECT day FROM period_start WHERE account_id = :account ORDER BY day")
                .param("account", account.value())
                .query((rs, row) -> LocalDate.parse(rs.getString("day")))
                .list();
    }

    /** A day already marked stays as it was. */
    void mark(AccountId account, LocalDate day) {
        jdbc.sql("""
                        INSERT INTO period_start (account_id, day) VALUES (:account, :day)
                        ON CONFLICT (account_id, day) DO NOTHING
                        """)
                .param("account", account.value())
                .param("day", day.toString())
                .update();
    }

    boolean unmark(AccountId account, LocalDate day) {
        return jdbc.sql("DELETE FROM period_start WHERE account_id = :account AND day = :day")
                        .param("account", account.value())
                        .param("day", day.toString())
                        .update()
                == 1;
    }
}
