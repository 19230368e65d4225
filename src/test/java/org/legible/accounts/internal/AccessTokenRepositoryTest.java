package org.legible.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.legible.accounts.AccessScope;
import org.legible.accounts.AccessToken;
import org.legible.accounts.AccountId;
import org.legible.accounts.Preferences;
import org.legible.support.TestDatabases;
import org.legible.support.TestDatabases.Kind;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Access-token SQL, the same cases on SQLite and PostgreSQL. */
class AccessTokenRepositoryTest {

    private static final Instant NOW = Instant.parse("2026-03-10T12:00:00.250Z");
    private static final Preferences UTC = new Preferences(ZoneId.of("UTC"), LocalTime.of(4, 0));

    private AccountRepository accounts;
    private AccessTokenRepository tokens;

    private void open(Kind kind) {
        JdbcClient jdbc = JdbcClient.create(TestDatabases.migrated(kind));
        accounts = new AccountRepository(jdbc);
        tokens = new AccessTokenRepository(jdbc);
    }

    private AccessToken token(String id, String name, AccessScope scope, Instant created) {
        return new AccessToken(id, name, scope, created, created.plus(Duration.ofDays(30)), null);
    }

    @ParameterizedTest
    @MethodSource("org.legible.support.TestDatabases#both")
    void a_token_is_found_by_its_hash_until_it_expires_and_only_by_its_own_account(Kind kind) {
        open(kind);
        AccountId ann = AccountId.random();
        AccountId bob = AccountId.random();
        accounts.insert(ann, "ann@example.com", "{argon2}a", true, UTC, NOW);
        accounts.insert(bob, "bob@example.com", "{argon2}b", false, UTC, NOW);
        tokens.insert(ann, token("t-old", "old", AccessScope.READ, NOW.minus(Duration.ofDays(1))), "hash-old");
        tokens.insert(ann, token("t-new", "new", AccessScope.READ_WRITE, NOW), "hash-new");

        assertThat(tokens.findByAccount(ann)).extracting(AccessToken::name).containsExactly("new", "old");
        assertThat(tokens.findByAccount(bob)).isEmpty();
        AccessTokenRepository.Grant grant = tokens.findUsable("hash-new", NOW).orElseThrow();
        assertThat(grant.account()).isEqualTo(ann);
        assertThat(grant.scope()).isEqualTo(AccessScope.READ_WRITE);
        assertThat(grant.lastUsedAt()).isNull();
        assertThat(tokens.findUsable("hash-new", NOW.plus(Duration.ofDays(30)))).isEmpty();
        assertThat(tokens.findUsable("hash-unknown", NOW)).isEmpty();

        tokens.markUsed("t-new", NOW.plusSeconds(5));
        assertThat(tokens.findUsable("hash-new", NOW).orElseThrow().lastUsedAt())
                .isEqualTo(NOW.plusSeconds(5));
        assertThat(tokens.findByAccount(ann).get(0).lastUsedAt()).isEqualTo(NOW.plusSeconds(5));

        assertThat(tokens.delete(bob, "t-new")).isFalse();
        assertThat(tokens.delete(ann, "t-new")).isTrue();
        assertThat(tokens.findUsable("hash-new", NOW)).isEmpty();

        accounts.delete(ann);
        assertThat(tokens.findUsable("hash-old", NOW.minusSeconds(60))).isEmpty();
    }
}
