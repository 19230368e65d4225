package org.legible.accounts.internal;

import static org.legible.system.sql.SqlValues.instant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.legible.accounts.AccountId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.web.webauthn.api.AuthenticatorTransport;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.ImmutableCredentialRecord;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCose;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialType;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.stereotype.Repository;

/**
 * The passkeys themselves (V27), as Spring Security's WebAuthn filters save and read them: a new one at
 * registration, its signature count and last use at each sign-in. Each row names its account, found through the
 * user handle, so a passkey goes with the account and the passkeys page lists only the person's own.
 */
@Repository
class PasskeyRepository implements UserCredentialRepository {

    /** What the passkeys page shows of one. */
    record Listed(String id, String label, Instant createdAt, Instant lastUsedAt) {}

    static final int LABEL_LENGTH = 60;

    private final JdbcClient jdbc;
    private final Clock clock;

    PasskeyRepository(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A new passkey, or an existing one after a sign-in (its count and last use; the time is Legible's clock). */
    @Override
    public void save(CredentialRecord record) {
        String id = record.getCredentialId().toBase64UrlString();
        int updated = jdbc.sql("""
                        UPDATE passkey SET signature_count = :count, uv_initialized = :uv, backup_state = :backupState,
                            last_used_at = :lastUsed
                        WHERE credential_id = :id""")
                .param("count", record.getSignatureCount())
                .param("uv", record.isUvInitialized())
                .param("backupState", record.isBackupState())
                .param("lastUsed", instant(clock.instant()))
                .param("id", id)
                .update();
        if (updated == 1) {
            return;
        }
        jdbc.sql("""
                        INSERT INTO passkey (credential_id, account_id, label, public_key, signature_count,
                            uv_initialized, backup_eligible, backup_state, transports, attestation_object,
                            client_data_json, created_at, last_used_at)
                        SELECT :id, account_id, :label, :publicKey, :count, :uv, :backupEligible, :backupState,
                            :transports, :attestation, :clientData, :created, NULL
                        FROM passkey_user WHERE user_handle = :handle""")
                .param("id", id)
                .param("label", label(record.getLabel()))
                .param("publicKey", new Bytes(record.getPublicKey().getBytes()).toBase64UrlString())
                .param("count", record.getSignatureCount())
                .param("uv", record.isUvInitialized())
                .param("backupEligible", record.isBackupEligible())
                .param("backupState", record.isBackupState())
                .param("transports", transports(record.getTransports()))
                .param("attestation", text(record.getAttestationObject()))
                .param("clientData", text(record.getAttestationClientDataJSON()))
                .param("created", instant(clock.instant()))
                .param("handle", record.getUserEntityUserId().toBase64UrlString())
                .update();
    }

    @Override
    public CredentialRecord findByCredentialId(Bytes credentialId) {
        return jdbc.sql("""
                        SELECT p.*, u.user_handle FROM passkey p JOIN passkey_user u ON u.account_id = p.account_id
                        WHERE p.credential_id = :id""")
                .param("id", credentialId.toBase64UrlString())
                .query(PasskeyRepository::record)
                .optional()
                .orElse(null);
    }

    @Override
    public List<CredentialRecord> findByUserId(Bytes userId) {
        return jdbc.sql("""
                        SELECT p.*, u.user_handle FROM passkey p JOIN passkey_user u ON u.account_id = p.account_id
                        WHERE u.user_handle = :handle ORDER BY p.created_at""")
                .param("handle", userId.toBase64UrlString())
                .query(PasskeyRepository::record)
                .list();
    }

    @Override
    public void delete(Bytes credentialId) {
        jdbc.sql("DELETE FROM passkey WHERE credential_id = :id")
                .param("id", credentialId.toBase64UrlString())
                .update();
    }

    List<Listed> list(AccountId account) {
        return jdbc.sql("""
                        SELECT credential_id, label, created_at, last_used_at FROM passkey
                        WHERE account_id = :account ORDER BY created_at, credential_id""")
                .param("account", account.value())
                .query((rs, n) -> new Listed(
                        rs.getString("credential_id"),
                        rs.getString("label"),
                        instant(rs.getString("created_at")),
                        rs.getString("last_used_at") == null ? null : instant(rs.getString("last_used_at"))))
                .list();
    }

    /** Removes one of the account's passkeys; another account's id removes nothing. */
    boolean remove(AccountId account, String credentialId) {
        return jdbc.sql("DELETE FROM passkey WHERE account_id = :account AND credential_id = :id")
                        .param("account", account.value())
                        .param("id", credentialId)
                        .update()
                == 1;
    }

    int count(AccountId account) {
        return jdbc.sql("SELECT COUNT(*) FROM passkey WHERE account_id = :account")
                .param("account", account.value())
                .query(Long.class)
                .single()
                .intValue();
    }

    /** The name the person gave, trimmed to what the page shows; a blank one reads "Passkey". */
    static String label(String typed) {
        String label = typed == null ? "" : typed.strip();
        if (label.isEmpty()) {
            return "Passkey";
        }
        return label.length() <= LABEL_LENGTH ? label : label.substring(0, LABEL_LENGTH);
    }

    private static CredentialRecord record(ResultSet rs, int row) throws SQLException {
        String lastUsed = rs.getString("last_used_at");
        return ImmutableCredentialRecord.builder()
                .credentialType(PublicKeyCredentialType.PUBLIC_KEY)
                .credentialId(Bytes.fromBase64(rs.getString("credential_id")))
                .userEntityUserId(Bytes.fromBase64(rs.getString("user_handle")))
                .publicKey(new ImmutablePublicKeyCose(
                        Bytes.fromBase64(rs.getString("public_key")).getBytes()))
                .signatureCount(rs.getLong("signature_count"))
                .uvInitialized(rs.getBoolean("uv_initialized"))
                .backupEligible(rs.getBoolean("backup_eligible"))
                .backupState(rs.getBoolean("backup_state"))
                .transports(transports(rs.getString("transports")))
                .attestationObject(bytes(rs.getString("attestation_object")))
                .attestationClientDataJSON(bytes(rs.getString("client_data_json")))
                .label(rs.getString("label"))
                .created(instant(rs.getString("created_at")))
                .lastUsed(lastUsed == null ? instant(rs.getString("created_at")) : instant(lastUsed))
                .build();
    }

    private static String transports(Set<AuthenticatorTransport> transports) {
        return transports == null
                ? ""
                : transports.stream().map(AuthenticatorTransport::getValue).collect(Collectors.joining(" "));
    }

    private static Set<AuthenticatorTransport> transports(String text) {
        return Arrays.stream(text.split(" "))
                .filter(value -> !value.isBlank())
                .map(AuthenticatorTransport::valueOf)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static String text(Bytes bytes) {
        return bytes == null ? null : bytes.toBase64UrlString();
    }

    private static Bytes bytes(String text) {
        return text == null ? null : Bytes.fromBase64(text);
    }
}
