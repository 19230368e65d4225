-- "Keep me signed in on this device": one row per device a person chose it on. The cookie holds the series and a
-- secret; only the secret's SHA-256 is kept. last_used_at moves on each use, and 30 days without one ends it.
-- label names the device for the account page ("Firefox on Android"); the full user agent is not kept.
CREATE TABLE remembered_device (
    id           VARCHAR(36) PRIMARY KEY,
    account_id   VARCHAR(36) NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    series       VARCHAR(64) NOT NULL UNIQUE,
    token_hash   VARCHAR(64) NOT NULL,
    label        VARCHAR(80) NOT NULL,
    created_at   VARCHAR(30) NOT NULL,
    last_used_at VARCHAR(30) NOT NULL
);
CREATE INDEX remembered_device_account ON remembered_device (account_id);
