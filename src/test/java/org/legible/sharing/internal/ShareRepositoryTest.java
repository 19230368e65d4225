package org.legible.sharing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.legible.accounts.AccountId;
import org.legible.sharing.AccessEvent;
import org.legible.sharing.Share;
import org.legible.sharing.ShareScope;
import org.legible.sharing.Shares;
import org.legible.support.TestDatabases;
import org.legible.support.TestDatabases.Kind;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Shares and the access log in SQL, the same cases on SQLite and PostgreSQL. */
class ShareRepositoryTest {

    private static final Instant NOW = Instant.parse("2026-12-06T09:00:00.125Z");

    @ParameterizedTest
    @MethodSource("org.legible.support.TestDatabases#both")
    void a_share_is_found_only_by_its_hash_revoked_only_by_its_owner_and_its_openings_are_logged(Kind kind) {
        JdbcClient jdbc = JdbcClient.create(TestDatabases.migrated(kind));
        ShareRepository shares = new ShareRepository(jdbc);
        AccountId ann = TestDatabases.account(jdbc, "ann@example.com");
        AccountId bob = TestDatabases.account(jdbc, "bob@example.com");
        Share rolling = new Share(
                UUID.randomUUID(),
                "Dr Lee",
                ShareScope.REPORT,
                false,
                false,
                90,
                null,
                null,
                false,
                NOW,
                NOW.plusSeconds(86_400),
                null);
        Share fixed = new Share(
                UUID.randomUUID(),
                "Physio",
                ShareScope.REPORT_AND_HISTORY,
                true,
                true,
                null,
                LocalDate.parse("2026-10-01"),
                LocalDate.parse("2026-10-31"),
                true,
                NOW.plusSeconds(1),
                NOW.plusSeconds(7 * 86_400),
                null);
        shares.insert(ann, rolling, "a".repeat(64), null);
        shares.insert(ann, fixed, "b".repeat(64), "{argon2}hash");

        assertThat(shares.list(ann)).containsExactly(fixed, rolling);
        assertThat(shares.list(bob)).isEmpty();
        assertThat(shares.byTokenHash("a".repeat(64))).contains(new Shares.Found(ann, rolling, null));
        assertThat(shares.byTokenHash("c".repeat(64))).isEmpty();
        assertThat(shares.passcodeHash(fixed.id())).contains("{argon2}hash");
        assertThat(shares.passcodeHash(rolling.id())).isEmpty();

        assertThat(shares.revoke(bob, rolling.id(), NOW)).as("not Bob's").isFalse();
        assertThat(shares.revoke(ann, rolling.id(), NOW.plusSeconds(60))).isTrue();
        assertThat(shares.revoke(ann, rolling.id(), NOW.plusSeconds(120)))
                .as("once")
                .isFalse();
        assertThat(shares.byTokenHash("a".repeat(64)).orElseThrow().share().revokedAt())
                .isEqualTo(NOW.plusSeconds(60));

        shares.addEvent(ann, fixed.id(), AccessEvent.Kind.OPENED, NOW.plusSeconds(5));
        shares.addEvent(ann, fixed.id(), AccessEvent.Kind.PDF, NOW.plusSeconds(9));
        shares.addEvent(
                ann, null, "Sync app", null, AccessEvent.Kind.API_READ, "/api/v1/checkins", NOW.plusSeconds(12));
        shares.addEvent(ann, null, null, "Sam", AccessEvent.Kind.CARER_CHECKIN, null, NOW.plusSeconds(15));
        assertThat(shares.events(ann, 0, 10))
                .containsExactly(
                        new AccessEvent(
                                NOW.plusSeconds(15), null, null, null, "Sam", AccessEvent.Kind.CARER_CHECKIN, null),
                        new AccessEvent(
                                NOW.plusSeconds(12),
                                null,
                                null,
                                "Sync app",
                                null,
                                AccessEvent.Kind.API_READ,
                                "/api/v1/checkins"),
                        new AccessEvent(NOW.plusSeconds(9), fixed.id(), "Physio", AccessEvent.Kind.PDF),
                        new AccessEvent(NOW.plusSeconds(5), fixed.id(), "Physio", AccessEvent.Kind.OPENED));
        assertThat(shares.events(ann, 2, 1))
                .as("a page further on")
                .containsExactly(new AccessEvent(NOW.plusSeconds(9), fixed.id(), "Physio", AccessEvent.Kind.PDF));
        assertThat(shares.events(bob, 0, 10)).isEmpty();

        jdbc.sql("DELETE FROM account WHERE id = :id").param("id", ann.value()).update();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM share").query(Integer.class).single())
                .as("shares and their log go with the account")
                .isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM access_event")
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @ParameterizedTest
    @MethodSource("org.legible.support.TestDatabases#both")
    void an_open_share_is_changed_only_by_its_owner_and_its_passcode_kept_replaced_or_removed(Kind kind) {
        JdbcClient jdbc = JdbcClient.create(TestDatabases.migrated(kind));
        ShareRepository shares = new ShareRepository(jdbc);
        AccountId ann = TestDatabases.account(jdbc, "ann@example.com");
        AccountId bob = TestDatabases.account(jdbc, "bob@example.com");
        UUID id = UUID.randomUUID();
        shares.insert(
                ann,
                new Share(
                        id,
                        "Dr Lee",
                        ShareScope.REPORT,
                        false,
                        false,
                        90,
                        null,
                        null,
                        true,
                        NOW,
                        NOW.plusSeconds(86_400),
                        null),
                "a".repeat(64),
                "{argon2}first");
        Share wider = new Share(
                id,
                "Dr Lee, rheumatology",
                ShareScope.REPORT_AND_HISTORY,
                true,
                true,
                null,
                LocalDate.parse("2026-09-01"),
                LocalDate.parse("2026-11-30"),
                true,
                null,
                NOW.plusSeconds(182 * 86_400L),
                null);

        assertThat(shares.change(bob, wider, Shares.PasscodeChange.REMOVE, null, NOW))
                .as("not Bob's")
                .isFalse();
        assertThat(shares.change(ann, wider, Shares.PasscodeChange.KEEP, null, NOW))
                .isTrue();
        Share read = shares.list(ann).get(0);
        assertThat(read.label()).isEqualTo("Dr Lee, rheumatology");
        assertThat(read.scope()).isEqualTo(ShareScope.REPORT_AND_HISTORY);
        assertThat(read.rolling()).isFalse();
        assertThat(read.from()).isEqualTo(LocalDate.parse("2026-09-01"));
        assertThat(read.expiresAt()).isEqualTo(NOW.plusSeconds(182 * 86_400L));
        assertThat(read.createdAt()).as("made when it was made").isEqualTo(NOW);
        assertThat(shares.passcodeHash(id)).contains("{argon2}first");

        shares.change(ann, wider, Shares.PasscodeChange.REPLACE, "{argon2}second", NOW);
        assertThat(shares.passcodeHash(id)).contains("{argon2}second");
        shares.change(ann, wider, Shares.PasscodeChange.REMOVE, null, NOW);
        assertThat(shares.passcodeHash(id)).isEmpty();

        assertThat(shares.change(ann, wider, Shares.PasscodeChange.KEEP, null, NOW.plusSeconds(183 * 86_400L)))
                .as("ended: it stays as it was")
                .isFalse();
        shares.revoke(ann, id, NOW);
        assertThat(shares.change(ann, wider, Shares.PasscodeChange.KEEP, null, NOW))
                .as("revoked")
                .isFalse();
    }
}
