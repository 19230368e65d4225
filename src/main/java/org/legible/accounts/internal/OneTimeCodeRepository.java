package org.legible.accounts.internal;

import static org.legible.system.sql.SqlValues.instant;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.legible.accounts.AccountId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** One-time code secrets and recovery codes (V25). Accepting a code and using a recovery code are single updates. */
@Repository
class OneTimeCodeRepository {

    record Secret(String secret, Instant createdAt) {}

    private final JdbcClient jdbc;

    OneTimeCodeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Secret> secret(AccountId account) {
        return jdbc.sql("SELECT secret, created_at FROM one_time_code WHERE account_id = :account")
                .param("account", account.value())
                .query((rs, n) -> new Secret(rs.getString("secret"), instant(rs.getString("created_at"))))
                .optional();
    }

    /** Replaces any secret the account had with this one, whose code {@code step} was just typed. */
    void save(AccountId account, String secret, long step, Instant now) {
        remove(account);
        jdbc.sql("""
                        INSERT INTO one_time_code (account_id, secret, created_at, last_step)
                        VALUES (:account, :secret, :now, :step)""")
                .param("account", account.value())
                .param("secret", secret)
                .param("now", instant(now))
                .param("step", step)
                .update();
    }

    /** Takes the code of {@code step} as used, unless that step or a later one was used already. */
    boolean useStep(AccountId account, long step) {
        return jdbc.sql("""
                        UPDATE one_time_code SET last_step = :step
                        WHERE account_id = :account AND (last_step IS NULL OR last_step < :step)""")
                        .param("step", step)
                        .param("account", account.value())
                        .update()
                == 1;
    }

    void remove(AccountId account) {
        jdbc.sql("DELETE FROM one_time_code WHERE account_id = :account")
                .param("account", account.value())
                .update();
        jdbc.sql("DELETE FROM recovery_code WHERE account_id = :account")
                .param("account", account.value())
                .update();
    }

    void replaceRecoveryCodes(AccountId account, Iterable<String> hashes) {
        jdbc.sql("DELETE FROM recovery_code WHERE account_id = :account")
                .param("account", account.value())
                .update();
        for (String hash : hashes) {
            jdbc.sql("INSERT INTO recovery_code (id, account_id, code_hash) VALUES (:id, :account, :hash)")
                    .param("id", UUID.randomUUID().toString())
                    .param("account", account.value())
                    .param("hash", hash)
                    .update();
        }
    }

    /** Marks the recovery code used, if it is this account's and unused. */
    boolean useRecoveryCode(AccountId account, String hash, Instant now) {
        return jdbc.sql("""
                        UPDATE recovery_code SET used_at = :now
                        WHERE account_id = :account AND code_hash = :hash AND used_at IS NULL""")
                        .param("now", instant(now))
                        .param("account", account.value())
                        .param("hash", hash)
                        .update()
                == 1;
    }

    int recoveryCodesLeft(AccountId account) {
        return jdbc.sql("SELECT COUNT(*) FROM recovery_code WHERE account_id = :account AND used_at IS NULL")
                .param("account", account.value())
                .query(Integer.class)
                .single();
    }
}
