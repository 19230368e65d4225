package org.legible.reminders.internal;

import static org.legible.system.sql.SqlValues.date;
import static org.legible.system.sql.SqlValues.instant;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.legible.accounts.AccountId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What was sent: one row per reminder time and diary day, claimed by inserting it (the primary key lets exactly one
 * server win), and one row per delivery of it. A delivery is marked {@code sending} before it goes out and is only
 * tried again after a failure the other end reported, so a crash mid-send can miss a reminder but never repeat one.
 */
@Repository
class ReminderLog {

    enum Outcome {
        SENDING,
        SENT,
        RECORDED,
        ASKED,
        MISSED;

        String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** A delivery to retry: the reminder it belongs to, where it goes, and how often it was tried. */
    record Delivery(
            AccountId account, LocalDate diaryDay, int slot, String target, String kind, int attempts, Instant dueAt) {}

    private final JdbcClient jdbc;

    ReminderLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean exists(AccountId account, LocalDate day, int slot) {
        return jdbc.sql(
                                "SELECT COUNT(*) FROM reminder_sent WHERE account_id = :account AND diary_day = :day AND slot = :slot")
                        .param("account", account.value())
                        .param("day", date(day))
                        .param("slot", slot)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    /** True for the one server (and the one sweep) that gets to handle this reminder. */
    boolean claim(AccountId account, LocalDate day, int slot, Instant dueAt, Outcome outcome) {
        return jdbc.sql("""
                        INSERT INTO reminder_sent (account_id, diary_day, slot, due_at, outcome)
                        VALUES (:account, :day, :slot, :due, :outcome)
                        ON CONFLICT (account_id, diary_day, slot) DO NOTHING
                        """)
                        .param("account", account.value())
                        .param("day", date(day))
                        .param("slot", slot)
                        .param("due", instant(dueAt))
                        .param("outcome", outcome.code())
                        .update()
                == 1;
    }

    void settle(AccountId account, LocalDate day, int slot, Outcome outcome) {
        jdbc.sql("""
                UPDATE reminder_sent SET outcome = :outcome
                WHERE account_id = :account AND diary_day = :day AND slot = :slot AND outcome = 'sending'
                """)
                .param("outcome", outcome.code())
                .param("account", account.value())
                .param("day", date(day))
                .param("slot", slot)
                .update();
    }

    /** The latest diary days before {@code before} (from {@code from} on) that had a reminder, newest first. */
    List<LocalDate> reminderDays(AccountId account, LocalDate from, LocalDate before, int limit) {
        return jdbc
                .sql("""
                        SELECT DISTINCT diary_day FROM reminder_sent
                        WHERE account_id = :account AND diary_day >= :from AND diary_day < :before
                        ORDER BY diary_day DESC
                        LIMIT :limit
                        """)
                .param("account", account.value())
                .param("from", from == null ? "0000-01-01" : date(from))
                .param("before", date(before))
                .param("limit", limit)
                .query(String.class)
                .list()
                .stream()
                .map(LocalDate::parse)
                .toList();
    }

    /** Whether a reminder reached the person on that day. */
    boolean reachedOn(AccountId account, LocalDate day) {
        return jdbc.sql("""
                        SELECT COUNT(*) FROM reminder_sent
                        WHERE account_id = :account AND diary_day = :day AND outcome = 'sent'
                        """)
                        .param("account", account.value())
                        .param("day", date(day))
                        .query(Integer.class)
                        .single()
                > 0;
    }

    /** A first delivery, already being sent by the server that claimed the reminder. */
    void startDelivery(Delivery delivery, Instant now) {
        jdbc.sql("""
                INSERT INTO reminder_delivery (account_id, diary_day, slot, target, kind, attempts, state, next_attempt_at)
                VALUES (:account, :day, :slot, :target, :kind, :attempts, 'sending', :now)
                """)
                .param("account", delivery.account().value())
                .param("day", date(delivery.diaryDay()))
                .param("slot", delivery.slot())
                .param("target", delivery.target())
                .param("kind", delivery.kind())
                .param("attempts", delivery.attempts())
                .param("now", instant(now))
                .update();
    }

    /** Deliveries that failed for a while and are due to be tried again. */
    List<Delivery> retriesDue(Instant now) {
        return jdbc.sql("""
                SELECT d.account_id, d.diary_day, d.slot, d.target, d.kind, d.attempts, s.due_at
                FROM reminder_delivery d
                JOIN reminder_sent s ON s.account_id = d.account_id AND s.diary_day = d.diary_day AND s.slot = d.slot
                WHERE d.state = 'pending' AND d.next_attempt_at <= :now
                ORDER BY d.next_attempt_at
                """)
                .param("now", instant(now))
                .query((rs, n) -> new Delivery(
                        new AccountId(rs.getString("account_id")),
                        date(rs.getString("diary_day")),
                        rs.getInt("slot"),
                        rs.getString("target"),
                        rs.getString("kind"),
                        rs.getInt("attempts"),
                        instant(rs.getString("due_at"))))
                .list();
    }

    /** True for the one server that gets to try this delivery again. */
    boolean retake(Delivery delivery) {
        return jdbc.sql("""
                        UPDATE reminder_delivery SET state = 'sending', attempts = attempts + 1
                        WHERE account_id = :account AND diary_day = :day AND slot = :slot AND target = :target
                          AND state = 'pending' AND attempts = :attempts
                        """)
                        .param("account", delivery.account().value())
                        .param("day", date(delivery.diaryDay()))
                        .param("slot", delivery.slot())
                        .param("target", delivery.target())
                        .param("attempts", delivery.attempts())
                        .update()
                == 1;
    }

    /** sent or failed: nothing more to do. */
    void finish(Delivery delivery, String state) {
        jdbc.sql("""
                UPDATE reminder_delivery SET state = :state
                WHERE account_id = :account AND diary_day = :day AND slot = :slot AND target = :target
                """)
                .param("state", state)
                .param("account", delivery.account().value())
                .param("day", date(delivery.diaryDay()))
                .param("slot", delivery.slot())
                .param("target", delivery.target())
                .update();
    }

    /** The other end failed for now: try again at {@code retryAt}. */
    void retryAt(Delivery delivery, Instant retryAt) {
        jdbc.sql("""
                UPDATE reminder_delivery SET state = 'pending', next_attempt_at = :retry
                WHERE account_id = :account AND diary_day = :day AND slot = :slot AND target = :target
                """)
                .param("retry", instant(retryAt))
                .param("account", delivery.account().value())
                .param("day", date(delivery.diaryDay()))
                .param("slot", delivery.slot())
                .param("target", delivery.target())
                .update();
    }

    /** Whether any delivery of that reminder is still under way or waiting to be tried again. */
    boolean openDeliveries(AccountId account, LocalDate day, int slot) {
        return jdbc.sql("""
                        SELECT COUNT(*) FROM reminder_delivery
                        WHERE account_id = :account AND diary_day = :day AND slot = :slot
                          AND state IN ('pending', 'sending')
                        """)
                        .param("account", account.value())
                        .param("day", date(day))
                        .param("slot", slot)
                        .query(Integer.class)
                        .single()
                > 0;
    }
}
