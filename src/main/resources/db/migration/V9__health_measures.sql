-- Sleep and steps brought in from other apps' exports (issue 6). Each import is one row with the file's SHA-256, so
-- the same file twice adds nothing; each day holds at most one night and one step count (the first import that
-- brought it), and undoing an import removes exactly its days.
CREATE TABLE measure_import (
    id          VARCHAR(36)  PRIMARY KEY,
    account_id  VARCHAR(36)  NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    source_kind VARCHAR(32)  NOT NULL,
    file_name   VARCHAR(255) NOT NULL,
    file_sha256 VARCHAR(64)  NOT NULL,
    imported_at VARCHAR(30)  NOT NULL,
    records     BIGINT       NOT NULL,
    UNIQUE (id, account_id)
);
CREATE UNIQUE INDEX measure_import_file ON measure_import (account_id, file_sha256);

CREATE TABLE measured_night (
    account_id     VARCHAR(36)   NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    diary_day      VARCHAR(10)   NOT NULL,
    import_id      VARCHAR(36)   NOT NULL,
    source         VARCHAR(255)  NOT NULL,
    asleep_minutes NUMERIC(8, 1) NOT NULL,
    in_bed_minutes NUMERIC(8, 1) NOT NULL,
    core_minutes   NUMERIC(8, 1) NOT NULL,
    deep_minutes   NUMERIC(8, 1) NOT NULL,
    rem_minutes    NUMERIC(8, 1) NOT NULL,
    PRIMARY KEY (account_id, diary_day),
    -- A day can only belong to an import of the same account.
    FOREIGN KEY (import_id, account_id) REFERENCES measure_import (id, account_id) ON DELETE CASCADE
);

CREATE TABLE measured_steps (
    account_id VARCHAR(36)  NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    diary_day  VARCHAR(10)  NOT NULL,
    import_id  VARCHAR(36)  NOT NULL,
    source     VARCHAR(255) NOT NULL,
    steps      BIGINT       NOT NULL,
    PRIMARY KEY (account_id, diary_day),
    FOREIGN KEY (import_id, account_id) REFERENCES measure_import (id, account_id) ON DELETE CASCADE
);
