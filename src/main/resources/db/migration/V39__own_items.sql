-- A person's own things to track beside the pain (issue 29): a name and how it is answered (scale: 0 to 10 with its
-- ends named, NULL for the usual words; yes_no; number, with a unit or none; words: 2 to 6, one per line). Never
-- deleted, only stopped, so past answers stay; they go with the account.
CREATE TABLE own_item (
    id         VARCHAR(36) NOT NULL PRIMARY KEY,
    account_id VARCHAR(36) NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    name       VARCHAR(60) NOT NULL,
    kind       VARCHAR(10) NOT NULL CHECK (kind IN ('scale', 'yes_no', 'number', 'words')),
    low_label  VARCHAR(40),
    high_label VARCHAR(40),
    unit       VARCHAR(40),
    words      VARCHAR(300),
    since      VARCHAR(10) NOT NULL,
    stopped_on VARCHAR(10),
    UNIQUE (id, account_id)
);
CREATE INDEX own_item_account ON own_item (account_id, since);

-- A check-in version's answers to own items, canonical text (a whole number, yes or no, a plain number, a word).
CREATE TABLE check_in_own_item (
    check_in_id VARCHAR(36) NOT NULL REFERENCES check_in (id) ON DELETE CASCADE,
    account_id  VARCHAR(36) NOT NULL,
    item_id     VARCHAR(36) NOT NULL,
    answer      VARCHAR(40) NOT NULL,
    PRIMARY KEY (check_in_id, item_id),
    FOREIGN KEY (item_id, account_id) REFERENCES own_item (id, account_id) ON DELETE CASCADE
);
