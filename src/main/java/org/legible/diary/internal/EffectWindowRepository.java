package org.legible.diary.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.legible.accounts.AccountId;
import org.legible.diary.EffectWindow;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class EffectWindowRepository {

    private final JdbcClient jdbc;

    EffectWindowRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<String, EffectWindow> all(AccountId account) {
        Map<String, EffectWindow> windows = new LinkedHashMap<>();
        jdbc.sql(
                        "SELECT strategy, starts_after, lasts FROM effect_window WHERE account_id = :account ORDER BY strategy")
                .param("account", account.value())
                .query(rs -> {
                    windows.put(
                            rs.getString("strategy"), new EffectWindow(rs.getInt("starts_after"), rs.getInt("lasts")));
                });
        return windows;
    }

    void put(AccountId account, String strategy, EffectWindow window) {
        jdbc.sql("""
                        INSERT INTO effect_window (account_id, strategy, starts_after, lasts)
                        VALUES (:account, :strategy, :start, :lasts)
                        ON CONFLICT (account_id, strategy)
                        DO UPDATE SET starts_after = excluded.starts_after, lasts = excluded.lasts
                        """)
                .param("account", account.value())
                .param("strategy", strategy)
                .param("start", window.startsAfterDays())
                .param("lasts", window.lastsDays())
                .update();
    }

    void remove(AccountId account, String strategy) {
        jdbc.sql("DELETE FROM effect_window WHERE account_id = :account AND strategy = :strategy")
                .param("account", account.value())
                .param("strategy", strategy)
                .update();
    }
}
