package org.legible.diary.internal;

import static org.legible.system.sql.SqlValues.instant;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import org.legible.accounts.AccountId;
import org.legible.diary.Coded;
import org.legible.diary.RedFlag;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** One row per checked flag with its latest check. Every statement is scoped to the account. */
@Repository
class RedFlagCheckRepository {

    private final JdbcClient jdbc;

    RedFlagCheckRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<RedFlag, Instant> checked(AccountId account) {
        Map<RedFlag, Instant> checked = new EnumMap<>(RedFlag.class);
        jdbc.sql("SELECT flag, checked_at FROM red_flag_check WHERE account_id = :account")
                .param("account", account.value())
                .query(rs -> {
                    String flag = rs.getString("flag");
                    Instant at = instant(rs.getString("checked_at"));
                    Coded.fromCode(RedFlag.class, flag).ifPresent(f -> checked.put(f, at));
                });
        return checked;
    }

    /** Stores the check unless a later one is already there. */
    void save(AccountId account, RedFlag flag, Instant checkedAt) {
        int updated = jdbc.sql("UPDATE red_flag_check SET checked_at = :at"
                        + " WHERE account_id = :account AND flag = :flag AND checked_at < :at")
                .param("account", account.value())
                .param("flag", flag.code())
                .param("at", instant(checkedAt))
                .update();
        if (updated > 0) {
            return;
        }
        jdbc.sql("INSERT INTO red_flag_check (account_id, flag, checked_at)"
                        + " SELECT :account, :flag, :at WHERE NOT EXISTS"
                        + " (SELECT 1 FROM red_flag_check WHERE account_id = :account AND flag = :flag)")
                .param("account", account.value())
                .param("flag", flag.code())
                .param("at", instant(checkedAt))
                .update();
    }

    void delete(AccountId account, RedFlag flag) {
        jdbc.sql("DELETE FROM red_flag_check WHERE account_id = :account AND flag = :flag")
                .param("account", account.value())
                .param("flag", flag.code())
                .update();
    }
}
