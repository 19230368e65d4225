package org.legible.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.legible.accounts.AccountId;
import org.legible.accounts.Preferences;
import org.legible.support.TestDatabases;
import org.legible.support.TestDatabases.Kind;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Account and invitation SQL, the same cases on SQLite and PostgreSQL. */
class AccountRepositoryTest {

    private static final Instant NOW = Instant.parse("2026-03-10T12:00:00.250Z");

    private AccountRepository accounts;
    private InvitationRepository invitations;

    private void open(Kind kind) {
        JdbcClient jdbc = JdbcClient.create(TestDatabases.migrated(kind));
        accounts = new AccountRepository(jdbc);
        invitations = new InvitationRepository(jdbc);
    }

    @ParameterizedTest
    @MethodSource("org.legible.support.TestDatabases#both")
    void an_account_reads_back_with_its_credentials_and_preferences(Kind kind) {
        open(kind);
        AccountId id = AccountId.random();
        Preferences preferences = new Preferences(ZoneId.of("Europe/Berlin"), LocalTime.of(5, 0));
        accounts.insert(id, "ann@example.com", "{argon2}hash", true, preferences, NOW);

        assertThat(accounts.count()).isEqualTo(1);
        assertThat(accounts.emailExists("ann@example.com")).isTrue();
        assertThat(accounts.emailExists("bob@example.com")).isFalse();
        AccountRepository.Credentials credentials =
                accounts.credentialsByEmail("ann@example.com").orElseThrow();
        assertThat(credentials.id()).isEqualTo(id);
        assertThat(credentials.admin()).isTrue();
        assertThat(credentials.passphraseChangedAt()).isEqualTo(NOW);
        assertThat(accounts.preferences(id)).contains(preferences);
        assertThat(accounts.isAdmin(id)).isTrue();
        assertThat(accounts.email(id)).contains("ann@example.com");
    }

    @ParameterizedTest
    @MethodSource("org.legible.support.TestDatabases#both")
    void passphrase_preferences_and_deletion_change_only_that_account(Kind kind) {
        open(kind);
        AccountId ann = AccountId.random();
        AccountId bob = AccountId.random();
        Preferences utc = new Preferences(ZoneId.of("UTC"), LocalTime.of(4, 0));
        accounts.insert(ann, "ann@example.com", "{argon2}a", true, utc, NOW);
        accounts.insert(bob, "bob@example.com", "{argon2}b", false, utc, NOW);

        accounts.updatePassphrase(ann, "{argon2}a2", NOW.plusSeconds(60));
        accounts.updateHashByEmail("bob@example.com", "{argon2}b2");
        accounts.updatePreferences(
                ann, new Preferences(ZoneId.of("Asia/Tokyo"), LocalTime.MIDNIGHT, 3, 5, false, true));

        assertThat(accounts.passphraseHash(ann)).contains("{argon2}a2");
        assertThat(accounts.credentialsByEmail("ann@example.com").orElseThrow().passphraseChangedAt())
                .isEqualTo(NOW.plusSeconds(60));
        assertThat(accounts.passphraseHash(bob)).contains("{argon2}b2");
        assertThat(accounts.preferences(ann))
                .contains(new Preferences(ZoneId.of("Asia/Tokyo"), LocalTime.MIDNIGHT, 3, 5, false, true));
        assertThat(accounts.preferences(bob)).contains(utc);
        assertThat(utc.asksMoodAndStress()).as("asked until turned off").isTrue();
        assertThat(utc.tracksCycle()).as("the cycle only once turned on").isFalse();
        assertThat(accounts.isAdmin(bob)).isFalse();

        accounts.delete(ann);
        assertThat(accounts.passphraseHash(ann)).isEmpty();
        assertThat(accounts.count()).isEqualTo(1);
        assertThat(accounts.isAdmin(ann)).isFalse();
    }

    @ParameterizedTest
    @MethodSource("org.legible.support.TestDatabases#both")
    void an_invitation_is_usable_once_and_only_until_it_expires(Kind kind) {
        open(kind);
        AccountId admin = AccountId.random();
        accounts.insert(
                admin,
                "admin@example.com",
                "{argon2}x",
                true,
                new Preferences(ZoneId.of("UTC"), LocalTime.of(4, 0)),
                NOW);
        invitations.insert(admin, "hash-1", NOW, NOW.plusSeconds(3600));

        assertThat(invitations.findUsable("hash-1", NOW.plusSeconds(3599))).isPresent();
        assertThat(invitations.findUsable("hash-1", NOW.plusSeconds(3600)))
                .as("expired")
                .isEmpty();
        assertThat(invitations.findUsable("other", NOW)).isEmpty();
        String id = invitations.findUsable("hash-1", NOW).orElseThrow();
        invitations.markUsed(id, NOW.plusSeconds(10));
        assertThat(invitations.findUsable("hash-1", NOW.plusSeconds(20)))
                .as("used")
                .isEmpty();
    }
}
