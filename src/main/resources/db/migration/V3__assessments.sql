-- Screening assessments. Answers are stored item by item exactly as given, with the instrument version they answer,
-- so a later correction of the scoring never changes what the person said; scores are computed from the answers.
-- Every table carries account_id and cascades from account, so deleting an account removes every row.
CREATE TABLE assessment (
    id                 VARCHAR(36) PRIMARY KEY,
    account_id         VARCHAR(36) NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    instrument_version VARCHAR(64) NOT NULL,
    status             VARCHAR(16) NOT NULL CHECK (status IN ('in_progress', 'complete')),
    diary_day          VARCHAR(10) NOT NULL,
    started_at         VARCHAR(30) NOT NULL,
    updated_at         VARCHAR(30) NOT NULL,
    completed_at       VARCHAR(30)
);
CREATE INDEX assessment_account ON assessment (account_id, instrument_version, status, diary_day);

CREATE TABLE assessment_answer (
    assessment_id VARCHAR(36) NOT NULL REFERENCES assessment (id) ON DELETE CASCADE,
    account_id    VARCHAR(36) NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    item_code     VARCHAR(64) NOT NULL,
    answer        VARCHAR(32) NOT NULL,
    PRIMARY KEY (assessment_id, item_code)
);

-- Scores measured elsewhere (for example the FIQR total a clinic recorded): the value only, never the questions.
CREATE TABLE outside_score (
    id          VARCHAR(36)    PRIMARY KEY,
    account_id  VARCHAR(36)    NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    instrument  VARCHAR(16)    NOT NULL CHECK (instrument IN ('fiqr', 'other')),
    name        VARCHAR(200),
    measured_on VARCHAR(10)    NOT NULL,
    score       NUMERIC(10, 2) NOT NULL,
    recorded_at VARCHAR(30)    NOT NULL
);
CREATE INDEX outside_score_account ON outside_score (account_id, measured_on);

-- How often the person wants to be reminded of each assessment; no row means the suggested interval.
CREATE TABLE assessment_schedule (
    account_id    VARCHAR(36) NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    instrument    VARCHAR(32) NOT NULL,
    interval_days INTEGER     NOT NULL CHECK (interval_days BETWEEN 0 AND 366),
    PRIMARY KEY (account_id, instrument)
);
