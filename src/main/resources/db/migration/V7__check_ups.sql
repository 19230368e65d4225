-- The day-one check-up. One row per value answered, exactly as given (a question with several answers has several
-- rows; "tried.<strategy>" holds how a strategy went). A finished check-up keeps the mechanisms its result named and
-- the rule version that named them, so a later check-up can tell a change in the person from a change in the rules.
CREATE TABLE check_up (
    id           VARCHAR(36)   PRIMARY KEY,
    account_id   VARCHAR(36)   NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    started_at   VARCHAR(30)   NOT NULL,
    updated_at   VARCHAR(30)   NOT NULL,
    completed_at VARCHAR(30),
    rule_version INTEGER,
    mechanisms   VARCHAR(400),
    medications  VARCHAR(2000)
);
CREATE INDEX check_up_account ON check_up (account_id, completed_at);

CREATE TABLE check_up_answer (
    check_up_id VARCHAR(36) NOT NULL REFERENCES check_up (id) ON DELETE CASCADE,
    account_id  VARCHAR(36) NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    question    VARCHAR(64) NOT NULL,
    answer      VARCHAR(64) NOT NULL,
    PRIMARY KEY (check_up_id, question, answer)
);
