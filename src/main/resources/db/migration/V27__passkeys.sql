-- Passkeys (accounts, issue 27): WebAuthn credentials as Spring Security's WebAuthn support reads and writes them
-- (accounts.internal.PasskeyRepository). Binary values are kept as base64url text so the same SQL runs on SQLite
-- and PostgreSQL. A passkey holds only a public key: a copy of the database cannot sign in with it.

-- The random user handle the person's authenticators know this account by (never the e-mail, which can change).
CREATE TABLE passkey_user (
    account_id  VARCHAR(36) PRIMARY KEY REFERENCES account (id) ON DELETE CASCADE,
    user_handle VARCHAR(100) NOT NULL UNIQUE
);

CREATE TABLE passkey (
    credential_id      VARCHAR(1400) PRIMARY KEY,
    account_id         VARCHAR(36)   NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    label              VARCHAR(60)   NOT NULL,
    public_key         TEXT          NOT NULL,
    signature_count    BIGINT        NOT NULL,
    uv_initialized     BOOLEAN       NOT NULL,
    backup_eligible    BOOLEAN       NOT NULL,
    backup_state       BOOLEAN       NOT NULL,
    transports         VARCHAR(200)  NOT NULL,
    attestation_object TEXT,
    client_data_json   TEXT,
    created_at         VARCHAR(30)   NOT NULL,
    last_used_at       VARCHAR(30)
);
CREATE INDEX passkey_account ON passkey (account_id);
