-- The menstrual cycle (issue 29), only for those who turn it on: whether the person does (off until they say so),
-- and the diary days a period started. Turning it off keeps the days; they go with the account.
ALTER TABLE account ADD COLUMN tracks_cycle BOOLEAN NOT NULL DEFAULT FALSE;

CREATE TABLE period_start (
    account_id VARCHAR(36) NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    day        VARCHAR(10) NOT NULL,
    PRIMARY KEY (account_id, day)
);
