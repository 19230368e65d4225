-- Accounts and invitations. Portable SQL: runs unchanged on SQLite and PostgreSQL.
-- Instants are ISO-8601 UTC text with fixed width (sortable); see docs/decisions/0002-portable-schema.md.
CREATE TABLE account (
    id                    VARCHAR(36)  PRIMARY KEY,
    email                 VARCHAR(320) NOT NULL UNIQUE,
    passphrase_hash       VARCHAR(255) NOT NULL,
    is_admin              BOOLEAN      NOT NULL,
    time_zone             VARCHAR(64)  NOT NULL,
    day_boundary          VARCHAR(5)   NOT NULL,
    created_at            VARCHAR(30)  NOT NULL,
    passphrase_changed_at VARCHAR(30)  NOT NULL
);

-- An invitation lets one more person sign up while sign-up is closed. Only the SHA-256 of the token is kept.
CREATE TABLE invitation (
    id          VARCHAR(36) PRIMARY KEY,
    account_id  VARCHAR(36) NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    token_hash  VARCHAR(64) NOT NULL UNIQUE,
    created_at  VARCHAR(30) NOT NULL,
    expires_at  VARCHAR(30) NOT NULL,
    used_at     VARCHAR(30)
);
CREATE INDEX invitation_account ON invitation (account_id);
