-- The second sign-in step (accounts, issue 27): a time-based one-time code (RFC 6238) from an app on the person's
-- phone, and single-use recovery codes for when the phone is lost. The code's secret must be read to check a code,
-- so it is kept as it is (a copy of the database still lacks the passphrase, whose hash alone is kept); last_step is
-- the 30-second step of the last code accepted, so a code seen over a shoulder cannot be used again.
CREATE TABLE one_time_code (
    account_id VARCHAR(36) PRIMARY KEY REFERENCES account (id) ON DELETE CASCADE,
    secret     VARCHAR(64) NOT NULL,
    created_at VARCHAR(30) NOT NULL,
    last_step  BIGINT
);

-- Each recovery code is 80 random bits, kept only as its SHA-256, and works once.
CREATE TABLE recovery_code (
    id         VARCHAR(36) PRIMARY KEY,
    account_id VARCHAR(36) NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    code_hash  VARCHAR(64) NOT NULL,
    used_at    VARCHAR(30)
);
CREATE INDEX recovery_code_account ON recovery_code (account_id);
