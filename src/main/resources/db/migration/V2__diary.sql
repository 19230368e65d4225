-- Check-ins. Each row of check_in is one version of an entry: a correction supersedes the current row and adds
-- a new one with the same entry_id, so a report can say what was known when. Child rows belong to one version.
-- Every table carries account_id and cascades from account, so deleting an account removes every row.
CREATE TABLE check_in (
    id                       VARCHAR(36) PRIMARY KEY,
    account_id               VARCHAR(36) NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    entry_id                 VARCHAR(36) NOT NULL,
    version                  INTEGER     NOT NULL CHECK (version >= 1),
    diary_day                VARCHAR(10) NOT NULL,
    recorded_at              VARCHAR(30) NOT NULL,
    saved_at                 VARCHAR(30) NOT NULL,
    superseded_at            VARCHAR(30),
    overall_pain             INTEGER     NOT NULL CHECK (overall_pain BETWEEN 0 AND 10),
    time_of_day              VARCHAR(16),
    fatigue                  INTEGER CHECK (fatigue BETWEEN 0 AND 10),
    sleep_hours              NUMERIC(4, 2) CHECK (sleep_hours BETWEEN 0 AND 24),
    sleep_quality            INTEGER CHECK (sleep_quality BETWEEN 0 AND 10),
    rls_urge                 INTEGER CHECK (rls_urge BETWEEN 0 AND 10),
    rls_worse_at_rest        BOOLEAN,
    rls_relieved_by_movement BOOLEAN,
    rls_worse_evening        BOOLEAN,
    note                     TEXT,
    UNIQUE (entry_id, version)
);
CREATE INDEX check_in_account_day ON check_in (account_id, diary_day);
CREATE INDEX check_in_entry ON check_in (account_id, entry_id);

CREATE TABLE check_in_site (
    check_in_id VARCHAR(36) NOT NULL REFERENCES check_in (id) ON DELETE CASCADE,
    account_id  VARCHAR(36) NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    region      VARCHAR(32) NOT NULL,
    side        VARCHAR(5)  NOT NULL CHECK (side IN ('left', 'right')),
    intensity   INTEGER     NOT NULL CHECK (intensity BETWEEN 0 AND 10),
    PRIMARY KEY (check_in_id, region, side)
);

CREATE TABLE check_in_site_descriptor (
    check_in_id VARCHAR(36) NOT NULL REFERENCES check_in (id) ON DELETE CASCADE,
    account_id  VARCHAR(36) NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    region      VARCHAR(32) NOT NULL,
    side        VARCHAR(5)  NOT NULL,
    descriptor  VARCHAR(32) NOT NULL,
    PRIMARY KEY (check_in_id, region, side, descriptor)
);

CREATE TABLE check_in_context (
    check_in_id VARCHAR(36) NOT NULL REFERENCES check_in (id) ON DELETE CASCADE,
    account_id  VARCHAR(36) NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    context     VARCHAR(32) NOT NULL,
    PRIMARY KEY (check_in_id, context)
);

CREATE TABLE check_in_woke_by (
    check_in_id VARCHAR(36) NOT NULL REFERENCES check_in (id) ON DELETE CASCADE,
    account_id  VARCHAR(36) NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    reason      VARCHAR(32) NOT NULL,
    PRIMARY KEY (check_in_id, reason)
);

-- A strategy is a vocabulary code or the person's own name, never both.
CREATE TABLE check_in_strategy (
    check_in_id VARCHAR(36)  NOT NULL REFERENCES check_in (id) ON DELETE CASCADE,
    account_id  VARCHAR(36)  NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    ordinal     INTEGER      NOT NULL,
    strategy    VARCHAR(32),
    own_name    VARCHAR(200),
    detail      VARCHAR(200),
    minutes     INTEGER CHECK (minutes BETWEEN 0 AND 1440),
    helped      VARCHAR(16),
    PRIMARY KEY (check_in_id, ordinal),
    CHECK ((strategy IS NULL) <> (own_name IS NULL))
);

CREATE TABLE check_in_medication (
    check_in_id VARCHAR(36)  NOT NULL REFERENCES check_in (id) ON DELETE CASCADE,
    account_id  VARCHAR(36)  NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    ordinal     INTEGER      NOT NULL,
    name        VARCHAR(200) NOT NULL,
    dose        NUMERIC(12, 3) CHECK (dose >= 0),
    unit        VARCHAR(32),
    schedule    VARCHAR(16),
    helped      VARCHAR(16),
    PRIMARY KEY (check_in_id, ordinal)
);

CREATE TABLE check_in_trigger (
    check_in_id  VARCHAR(36)  NOT NULL REFERENCES check_in (id) ON DELETE CASCADE,
    account_id   VARCHAR(36)  NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    ordinal      INTEGER      NOT NULL,
    trigger_code VARCHAR(32),
    own_name     VARCHAR(200),
    PRIMARY KEY (check_in_id, ordinal),
    CHECK ((trigger_code IS NULL) <> (own_name IS NULL))
);
