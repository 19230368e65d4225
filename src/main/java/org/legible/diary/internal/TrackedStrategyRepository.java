package org.legible.diary.internal;

import static org.legible.system.sql.SqlValues.instant;

import java.time.Instant;
import java.util.List;
import org.legible.accounts.AccountId;
import org.legible.diary.Coded;
import org.legible.diary.TrackedStrategies.Tracked;
import org.legible.diary.Vocabulary.Strategy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Tracked strategies, one row per strategy. Every statement is scoped to the account. */
@Repository
class TrackedStrategyRepository {

    private final JdbcClient jdbc;

    TrackedStrategyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Tracked> tracked(AccountId account) {
        return jdbc
                .sql("SELECT strategy, since FROM tracked_strategy WHERE account_id = :account"
                        + " ORDER BY since, strategy")
                .param("account", account.value())
                .query((rs, n) -> new String[] {rs.getString("strategy"), rs.getString("since")})
                .list()
                .stream()
                .flatMap(row ->
                        Coded.fromCode(Strategy.class, row[0]).map(s -> new Tracked(s, instant(row[1]))).stream())
                .toList();
    }

    boolean insert(AccountId account, Strategy strategy, Instant since) {
        int present = jdbc.sql("SELECT COUNT(*) FROM tracked_strategy WHERE account_id = :account AND strategy = :s")
                .param("account", account.value())
                .param("s", strategy.code())
                .query(Integer.class)
                .single();
        if (present > 0) {
            return false;
        }
        jdbc.sql("INSERT INTO tracked_strategy (account_id, strategy, since) VALUES (:account, :s, :since)")
                .param("account", account.value())
                .param("s", strategy.code())
                .param("since", instant(since))
                .update();
        return true;
    }

    boolean delete(AccountId account, Strategy strategy) {
        return jdbc.sql("DELETE FROM tracked_strategy WHERE account_id = :account AND strategy = :s")
                        .param("account", account.value())
                        .param("s", strategy.code())
                        .update()
                > 0;
    }
}
