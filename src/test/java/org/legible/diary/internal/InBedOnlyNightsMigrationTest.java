package org.legible.diary.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.legible.accounts.AccountId;
import org.legible.diary.HealthMeasures.Night;
import org.legible.support.TestDatabases;
import org.legible.support.TestDatabases.Kind;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * V30 and V31 on both databases: nights brought in from Apple Health with time in bed and no time asleep were
 * stored as 0 hours asleep; after the migrations their time asleep is unknown, and every other night is as it was.
 */
class InBedOnlyNightsMigrationTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 21);

    @ParameterizedTest
    @MethodSource("org.legible.support.TestDatabases#both")
    void an_apple_night_stored_as_0_hours_asleep_with_time_in_bed_becomes_unknown_and_no_other_changes(Kind kind) {
        DataSource database = TestDatabases.migratedTo(kind, "28");
        JdbcClient jdbc = JdbcClient.create(database);
        AccountId ann = TestDatabases.account(jdbc, "ann@example.com");
        importOf(jdbc, ann, "apple", "apple_health", "a");
        importOf(jdbc, ann, "fitbit", "fitbit", "b");
        night(jdbc, ann, DAY, "apple", "0.0", "480.0"); // the Clock app's bedtime: in bed only
        night(jdbc, ann, DAY.minusDays(1), "apple", "420.5", "480.0");
        night(jdbc, ann, DAY.minusDays(2), "fitbit", "0.0", "30.0"); // a Fitbit log says its time asleep

        TestDatabases.migrate(database, kind, "latest");

        HealthMeasureRepository measures = new HealthMeasureRepository(
                jdbc, new org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate(database));
        assertThat(measures.nights(ann, DAY.minusDays(2), DAY))
                .extracting(Night::day, Night::asleepMinutes, Night::inBedMinutes)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(DAY.minusDays(2), BigDecimal.ZERO, new BigDecimal("30")),
                        org.assertj.core.groups.Tuple.tuple(
                                DAY.minusDays(1), new BigDecimal("420.5"), new BigDecimal("480")),
                        org.assertj.core.groups.Tuple.tuple(DAY, null, new BigDecimal("480")));
    }

    private static void importOf(JdbcClient jdbc, AccountId account, String id, String kind, String sha) {
        jdbc.sql("INSERT INTO measure_import (id, account_id, source_kind, file_name, file_sha256, imported_at,"
                        + " records) VALUES (:id, :account, :kind, 'export.zip', :sha, '2026-11-22T09:00:00Z', 3)")
                .param("id", id)
                .param("account", account.value())
                .param("kind", kind)
                .param("sha", sha.repeat(64))
                .update();
    }

    private static void night(
            JdbcClient jdbc, AccountId account, LocalDate day, String importId, String asleep, String inBed) {
        jdbc.sql("INSERT INTO measured_night (account_id, diary_day, import_id, source, asleep_minutes,"
                        + " in_bed_minutes, core_minutes, deep_minutes, rem_minutes)"
                        + " VALUES (:account, :day, :import, 'Phone', :asleep, :inBed, 0, 0, 0)")
                .param("account", account.value())
                .param("day", day.toString())
                .param("import", importId)
                .param("asleep", new BigDecimal(asleep))
                .param("inBed", new BigDecimal(inBed))
                .update();
    }
}
