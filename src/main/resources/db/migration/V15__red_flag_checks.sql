-- When the person said a clinician has checked a red flag. A check covers every report of that flag up to its time
-- and none after, so only the latest is kept; until then the ordinary advice waits (docs/clinical-basis.md).
CREATE TABLE red_flag_check (
    account_id VARCHAR(36) NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    flag       VARCHAR(40) NOT NULL,
    checked_at VARCHAR(30) NOT NULL,
    PRIMARY KEY (account_id, flag)
);
