package org.legible.accounts.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.stereotype.Repository;

/**
 * Which account a passkey's user handle stands for (V27). Spring Security names a user by their sign-in name, which
 * here is the e-mail; it is read from the account each time, so a changed e-mail keeps its passkeys.
 */
@Repository
class PasskeyUserRepository implements PublicKeyCredentialUserEntityRepository {

    private final JdbcClient jdbc;

    PasskeyUserRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public PublicKeyCredentialUserEntity findById(Bytes id) {
        return jdbc.sql("""
                        SELECT u.user_handle, a.email FROM passkey_user u JOIN account a ON a.id = u.account_id
                        WHERE u.user_handle = :handle""")
                .param("handle", id.toBase64UrlString())
                .query((rs, n) -> entity(rs.getString("user_handle"), rs.getString("email")))
                .optional()
                .orElse(null);
    }

    @Override
    public PublicKeyCredentialUserEntity findByUsername(String email) {
        return jdbc.sql("""
                        SELECT u.user_handle, a.email FROM passkey_user u JOIN account a ON a.id = u.account_id
                        WHERE a.email = :email""")
                .param("email", email)
                .query((rs, n) -> entity(rs.getString("user_handle"), rs.getString("email")))
                .optional()
                .orElse(null);
    }

    @Override
    public void save(PublicKeyCredentialUserEntity entity) {
        jdbc.sql("""
                        INSERT INTO passkey_user (account_id, user_handle)
                        SELECT id, :handle FROM account WHERE email = :email
                        AND NOT EXISTS (SELECT 1 FROM passkey_user u WHERE u.account_id = account.id)""")
                .param("handle", entity.getId().toBase64UrlString())
                .param("email", entity.getName())
                .update();
    }

    @Override
    public void delete(Bytes id) {
        jdbc.sql("DELETE FROM passkey_user WHERE user_handle = :handle")
                .param("handle", id.toBase64UrlString())
                .update();
    }

    private static PublicKeyCredentialUserEntity entity(String handle, String email) {
        return ImmutablePublicKeyCredentialUserEntity.builder()
                .id(Bytes.fromBase64(handle))
                .name(email)
                .displayName(email)
                .build();
    }
}
