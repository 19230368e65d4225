-- Personal access tokens for the JSON API (/api/v1). Only the SHA-256 of a token is kept: 256 random bits need
-- no slow hash (ASVS 6.5.2). Revoking deletes the row, so a revoked token fails from the next request.
CREATE TABLE access_token (
    id            VARCHAR(36)  PRIMARY KEY,
    account_id    VARCHAR(36)  NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    name          VARCHAR(100) NOT NULL,
    token_hash    VARCHAR(64)  NOT NULL UNIQUE,
    scope         VARCHAR(10)  NOT NULL,
    created_at    VARCHAR(30)  NOT NULL,
    expires_at    VARCHAR(30)  NOT NULL,
    last_used_at  VARCHAR(30)
);
CREATE INDEX access_token_account ON access_token (account_id);
