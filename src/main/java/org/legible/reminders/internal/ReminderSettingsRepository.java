package org.legible.reminders.internal;

import static org.legible.system.sql.SqlValues.bool;
import static org.legible.system.sql.SqlValues.date;
import static org.legible.system.sql.SqlValues.instant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.legible.accounts.AccountId;
import org.legible.reminders.ReminderSettings;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ReminderSettingsRepository {

    /** A person's settings with what the sweep needs besides them. */
    record Row(
            AccountId account,
            ReminderSettings settings,
            String linkOrigin,
            LocalDate pauseAskedOn,
            LocalDate countingFrom,
            Instant changedAt) {

        Row askedOn(LocalDate day) {
            return new Row(account, settings, linkOrigin, day, countingFrom, changedAt);
        }

        Row countingFrom(LocalDate day) {
            return new Row(account, settings, linkOrigin, null, day, changedAt);
        }
    }

    private static final String COLUMNS = "account_id, weekdays, times, quiet_from, quiet_until, by_push, by_email,"
            + " paused, link_origin, pause_asked_on, counting_from, updated_at";

    private final JdbcClient jdbc;

    ReminderSettingsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Row> find(AccountId account) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM reminder_settings WHERE account_id = :account")
                .param("account", account.value())
                .query(ReminderSettingsRepository::row)
                .optional();
    }

    /** Everyone whose settings have something for the server to send. */
    List<Row> sending() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM reminder_settings"
                        + " WHERE paused = FALSE AND (by_push = TRUE OR by_email = TRUE) ORDER BY account_id")
                .query(ReminderSettingsRepository::row)
                .list();
    }

    /** Saving new choices keeps the pause question and the ignored-day count where they were. */
    void save(AccountId account, ReminderSettings settings, String linkOrigin, Instant now) {
        int updated =
                jdbc.sql("""
                UPDATE reminder_settings SET weekdays = :days, times = :times, quiet_from = :from,
                    quiet_until = :until, by_push = :push, by_email = :email, paused = :paused,
                    link_origin = :origin, updated_at = :now
                WHERE account_id = :account
                """).params(values(account, settings, linkOrigin, now)).update();
        if (updated == 0) {
            jdbc.sql("""
                    INSERT INTO reminder_settings (account_id, weekdays, times, quiet_from, quiet_until, by_push,
                        by_email, paused, link_origin, updated_at)
                    VALUES (:account, :days, :times, :from, :until, :push, :email, :paused, :origin, :now)
                    """).params(values(account, settings, linkOrigin, now)).update();
        }
    }

    void askedOn(AccountId account, LocalDate day) {
        jdbc.sql("UPDATE reminder_settings SET pause_asked_on = :day WHERE account_id = :account")
                .param("day", date(day))
                .param("account", account.value())
                .update();
    }

    /** The question is answered (or the person came back): ignored days count afresh from {@code day}. */
    void countFrom(AccountId account, LocalDate day, boolean pause) {
        jdbc.sql("""
                UPDATE reminder_settings SET pause_asked_on = NULL, counting_from = :day, paused = :paused
                WHERE account_id = :account
                """)
                .param("day", date(day))
                .param("paused", pause)
                .param("account", account.value())
                .update();
    }

    private static Map<String, Object> values(AccountId account, ReminderSettings s, String linkOrigin, Instant now) {
        Map<String, Object> values = new HashMap<>();
        values.put("account", account.value());
        values.put(
                "days",
                s.days().stream()
                        .map(DayOfWeek::getValue)
                        .sorted()
                        .map(String::valueOf)
                        .collect(Collectors.joining(",")));
        values.put("times", s.times().stream().map(LocalTime::toString).collect(Collectors.joining(",")));
        values.put("from", s.quietHours() == null ? null : s.quietHours().from().toString());
        values.put(
                "until", s.quietHours() == null ? null : s.quietHours().until().toString());
        values.put("push", s.byPush());
        values.put("email", s.byEmail());
        values.put("paused", s.paused());
        values.put("origin", linkOrigin);
        values.put("now", instant(now));
        return values;
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        Set<DayOfWeek> days = Arrays.stream(rs.getString("weekdays").split(","))
                .map(day -> DayOfWeek.of(Integer.parseInt(day)))
                .collect(Collectors.toSet());
        List<LocalTime> times = Arrays.stream(rs.getString("times").split(","))
                .map(LocalTime::parse)
                .toList();
        String from = rs.getString("quiet_from");
        String until = rs.getString("quiet_until");
        ReminderSettings.QuietHours quiet = from == null || until == null
                ? null
                : new ReminderSettings.QuietHours(LocalTime.parse(from), LocalTime.parse(until));
        ReminderSettings settings = new ReminderSettings(
                days,
                times,
                quiet,
                bool(rs.getObject("by_push")),
                bool(rs.getObject("by_email")),
                bool(rs.getObject("paused")));
        return new Row(
                new AccountId(rs.getString("account_id")),
                settings,
                rs.getString("link_origin"),
                date(rs.getString("pause_asked_on")),
                date(rs.getString("counting_from")),
                instant(rs.getString("updated_at")));
    }
}
