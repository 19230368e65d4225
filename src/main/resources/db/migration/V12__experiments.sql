-- A personal experiment: one strategy from Legible's list used every day for a set number of days from started_on,
-- compared with the same number of days before; ended_on is set when the person stops it early.
CREATE TABLE experiment (
    id         VARCHAR(36) PRIMARY KEY,
    account_id VARCHAR(36) NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    strategy   VARCHAR(40) NOT NULL,
    started_on VARCHAR(10) NOT NULL,
    days       INTEGER     NOT NULL,
    ended_on   VARCHAR(10),
    created_at VARCHAR(30) NOT NULL
);
CREATE INDEX experiment_account ON experiment (account_id, started_on);
