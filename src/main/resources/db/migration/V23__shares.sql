-- Shares with a clinician (sharing module, issue 27). Portable SQL, as V1. A share's link is 256 random bits, kept
-- only as its SHA-256 (as access tokens, V4). period_days is set for "the last N days", which rolls on; otherwise
-- period_from and period_to fix the days. passcode, when the person set one, is its Argon2id hash. A revoked or expired share stays, so the access log can name it; it goes
-- with the account.
CREATE TABLE share (
    id          VARCHAR(36)  PRIMARY KEY,
    account_id  VARCHAR(36)  NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    label       VARCHAR(100) NOT NULL,
    scope       VARCHAR(20)  NOT NULL,
    period_days INTEGER,
    period_from VARCHAR(10),
    period_to   VARCHAR(10),
    token_hash  VARCHAR(64)  NOT NULL UNIQUE,
    passcode    VARCHAR(200),
    created_at  VARCHAR(30)  NOT NULL,
    expires_at  VARCHAR(30)  NOT NULL,
    revoked_at  VARCHAR(30)
);
CREATE INDEX share_account ON share (account_id);

-- Every opening of a share and what was seen or downloaded there, for the person to read. Never the link, an
-- address or anything typed: the time, the share and what happened (kind: opened, pdf, passcode_refused).
CREATE TABLE access_event (
    id         VARCHAR(36) PRIMARY KEY,
    account_id VARCHAR(36) NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    share_id   VARCHAR(36) REFERENCES share (id) ON DELETE CASCADE,
    at         VARCHAR(30) NOT NULL,
    kind       VARCHAR(20) NOT NULL
);
CREATE INDEX access_event_account ON access_event (account_id, at);
