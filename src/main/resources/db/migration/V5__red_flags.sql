-- Red flags answered "yes" in a check-in's "something new or different?" step. Like every child of check_in they
-- belong to one version and go with it and with the account.
CREATE TABLE check_in_red_flag (
    check_in_id VARCHAR(36) NOT NULL REFERENCES check_in (id) ON DELETE CASCADE,
    account_id  VARCHAR(36) NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    flag        VARCHAR(40) NOT NULL,
    PRIMARY KEY (check_in_id, flag)
);
