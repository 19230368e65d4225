package org.legible.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.legible.accounts.AccountId;
import org.legible.support.TestDatabases;
import org.legible.support.TestDatabases.Kind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.web.webauthn.api.AuthenticatorTransport;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.ImmutableCredentialRecord;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCose;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialType;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;

/**
 * Passkeys in SQL as Spring Security's WebAuthn support uses them, the same cases on SQLite and PostgreSQL: a user
 * handle found by e-mail and by handle, a passkey read back byte for byte, a sign-in's count and time written over
 * it, the list and removal only of the account's own, and everything gone with the account.
 */
class PasskeyRepositoryTest {

    private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");

    @ParameterizedTest
    @MethodSource("org.legible.support.TestDatabases#both")
    void a_passkey_is_read_back_as_saved_and_goes_with_its_account(Kind kind) {
        JdbcClient jdbc = JdbcClient.create(TestDatabases.migrated(kind));
        PasskeyUserRepository users = new PasskeyUserRepository(jdbc);
        PasskeyRepository passkeys = new PasskeyRepository(jdbc, Clock.fixed(NOW, ZoneOffset.UTC));
        AccountId ann = TestDatabases.account(jdbc, "ann@example.com");
        AccountId bob = TestDatabases.account(jdbc, "bob@example.com");

        Bytes annsHandle = Bytes.random();
        users.save(user(annsHandle, "ann@example.com"));
        users.save(user(Bytes.random(), "ann@example.com"));
        assertThat(users.findByUsername("ann@example.com").getId())
                .as("one handle per account: a second save keeps the first")
                .isEqualTo(annsHandle);
        assertThat(users.findById(annsHandle).getName()).isEqualTo("ann@example.com");
        assertThat(users.findByUsername("bob@example.com")).isNull();
        jdbc.sql("UPDATE account SET email = 'ann@example.net' WHERE id = :id")
                .param("id", ann.value())
                .update();
        assertThat(users.findById(annsHandle).getName())
                .as("the e-mail is read from the account")
                .isEqualTo("ann@example.net");

        Bytes credentialId = new Bytes(new byte[] {1, 2, 3, (byte) 0xfe, (byte) 0xff});
        passkeys.save(credential(credentialId, annsHandle, "  My phone  ", 0));
        CredentialRecord read = passkeys.findByCredentialId(credentialId);
        assertThat(read.getUserEntityUserId()).isEqualTo(annsHandle);
        assertThat(read.getPublicKey().getBytes()).containsExactly(9, 8, 7);
        assertThat(read.getTransports())
                .containsExactlyInAnyOrder(AuthenticatorTransport.INTERNAL, AuthenticatorTransport.HYBRID);
        assertThat(read.getLabel()).isEqualTo("My phone");
        assertThat(read.isBackupEligible()).isTrue();
        assertThat(read.getAttestationObject()).isEqualTo(new Bytes(new byte[] {5}));
        assertThat(passkeys.findByUserId(annsHandle)).hasSize(1);
        assertThat(passkeys.findByCredentialId(new Bytes(new byte[] {4}))).isNull();

        passkeys.save(ImmutableCredentialRecord.fromCredentialRecord(read)
                .signatureCount(7)
                .build());
        assertThat(passkeys.findByCredentialId(credentialId).getSignatureCount())
                .isEqualTo(7);
        assertThat(passkeys.list(ann))
                .extracting(PasskeyRepository.Listed::label, PasskeyRepository.Listed::lastUsedAt)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("My phone", NOW));
        assertThat(passkeys.count(ann)).isOne();

        String id = passkeys.list(ann).get(0).id();
        assertThat(passkeys.remove(bob, id)).as("not Bob's").isFalse();
        assertThat(passkeys.count(ann)).isOne();
        assertThat(passkeys.remove(ann, id)).isTrue();
        assertThat(passkeys.findByUserId(annsHandle)).isEmpty();

        passkeys.save(credential(credentialId, annsHandle, "x".repeat(200), 0));
        assertThat(passkeys.list(ann).get(0).label())
                .as("a long name is cut to what the page shows")
                .hasSize(60);
        jdbc.sql("DELETE FROM account WHERE id = :id").param("id", ann.value()).update();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM passkey").query(Integer.class).single())
                .isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM passkey_user")
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    private static PublicKeyCredentialUserEntity user(Bytes handle, String email) {
        return ImmutablePublicKeyCredentialUserEntity.builder()
                .id(handle)
                .name(email)
                .displayName(email)
                .build();
    }

    private static CredentialRecord credential(Bytes id, Bytes handle, String label, long count) {
        return ImmutableCredentialRecord.builder()
                .credentialType(PublicKeyCredentialType.PUBLIC_KEY)
                .credentialId(id)
                .userEntityUserId(handle)
                .publicKey(new ImmutablePublicKeyCose(new byte[] {9, 8, 7}))
                .signatureCount(count)
                .uvInitialized(true)
                .transports(Set.of(AuthenticatorTransport.INTERNAL, AuthenticatorTransport.HYBRID))
                .backupEligible(true)
                .backupState(false)
                .attestationObject(new Bytes(new byte[] {5}))
                .attestationClientDataJSON(new Bytes(new byte[] {6}))
                .label(label)
                .created(NOW)
                .lastUsed(NOW)
                .build();
    }
}
