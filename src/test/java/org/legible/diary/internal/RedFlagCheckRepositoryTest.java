package org.legible.diary.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.legible.accounts.AccountId;
import org.legible.diary.RedFlag;
import org.legible.support.TestDatabases;
import org.legible.support.TestDatabases.Kind;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What a person said a clinician checked, and when: the same cases on SQLite and PostgreSQL. */
class RedFlagCheckRepositoryTest {

    private static final Instant NOW = Instant.parse("2026-12-01T09:00:00.250Z");

    private JdbcClient jdbc;
    private RedFlagCheckRepository checks;

    private void open(Kind kind) {
        jdbc = JdbcClient.create(TestDatabases.migrated(kind));
        checks = new RedFlagCheckRepository(jdbc);
    }

    @ParameterizedTest
    @MethodSource("org.legible.support.TestDatabases#both")
    void the_latest_check_of_each_flag_is_kept_and_an_earlier_one_never_replaces_it(Kind kind) {
        open(kind);
        AccountId ann = TestDatabases.account(jdbc, "ann@example.com");
        checks.save(ann, RedFlag.FOOT_WOUND_NOT_HEALING, NOW);
        checks.save(ann, RedFlag.COLD_PALE_LEG, NOW);
        checks.save(ann, RedFlag.FOOT_WOUND_NOT_HEALING, NOW.plusSeconds(3600));
        checks.save(ann, RedFlag.COLD_PALE_LEG, NOW.minusSeconds(3600));

        assertThat(checks.checked(ann))
                .containsOnlyKeys(RedFlag.FOOT_WOUND_NOT_HEALING, RedFlag.COLD_PALE_LEG)
                .containsEntry(RedFlag.FOOT_WOUND_NOT_HEALING, NOW.plusSeconds(3600))
                .as("a restored older check keeps the later one")
                .containsEntry(RedFlag.COLD_PALE_LEG, NOW);

        checks.delete(ann, RedFlag.COLD_PALE_LEG);
        assertThat(checks.checked(ann)).containsOnlyKeys(RedFlag.FOOT_WOUND_NOT_HEALING);
    }

    @ParameterizedTest
    @MethodSource("org.legible.support.TestDatabases#both")
    void one_account_never_sees_or_removes_anothers_and_deleting_an_account_removes_its_checks(Kind kind) {
        open(kind);
        AccountId ann = TestDatabases.account(jdbc, "ann@example.com");
        AccountId bob = TestDatabases.account(jdbc, "bob@example.com");
        checks.save(ann, RedFlag.HOT_SWOLLEN_JOINT, NOW);

        assertThat(checks.checked(bob)).isEmpty();
        checks.delete(bob, RedFlag.HOT_SWOLLEN_JOINT);
        assertThat(checks.checked(ann)).containsOnlyKeys(RedFlag.HOT_SWOLLEN_JOINT);

        jdbc.sql("DELETE FROM account WHERE id = :id").param("id", ann.value()).update();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM red_flag_check")
                        .query(Integer.class)
                        .single())
                .isZero();
    }
}
