-- What several servers on one database must all see (docs/scaling.md). Portable SQL, as V1.

-- An uploaded CSV or Flaredown file kept aside while its person maps its columns (importers.CsvImports). The file is
-- stored_as in the upload directory, which servers share; taking it for an import deletes the row, so only one
-- server can import it.
CREATE TABLE staged_upload (
    id          VARCHAR(36)  PRIMARY KEY,
    account_id  VARCHAR(36)  NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    file_name   VARCHAR(255) NOT NULL,
    stored_as   VARCHAR(100) NOT NULL,
    uploaded_at VARCHAR(30)  NOT NULL
);
CREATE INDEX staged_upload_account ON staged_upload (account_id);
CREATE INDEX staged_upload_uploaded ON staged_upload (uploaded_at);

-- An import going on after the page that started it was left (importers.ImportJobs), read by the server that
-- accepted it and followed from any. heartbeat_at is renewed while that server has the job; a job whose server
-- stopped is shown as interrupted. state: waiting, reading, done, failed. The outcome columns are set when done.
CREATE TABLE import_job (
    id                VARCHAR(36)  PRIMARY KEY,
    account_id        VARCHAR(36)  NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    file_name         VARCHAR(255) NOT NULL,
    stored_as         VARCHAR(100) NOT NULL,
    started_at        VARCHAR(30)  NOT NULL,
    heartbeat_at      VARCHAR(30)  NOT NULL,
    state             VARCHAR(10)  NOT NULL,
    bytes_read        BIGINT       NOT NULL,
    total_bytes       BIGINT       NOT NULL,
    records_found     BIGINT       NOT NULL,
    error             VARCHAR(60),
    error_line        INTEGER,
    error_part        VARCHAR(200),
    already_imported  BOOLEAN,
    import_id         VARCHAR(36),
    source_kind       VARCHAR(20),
    imported_name     VARCHAR(255),
    records           BIGINT,
    nights            INTEGER,
    step_days         INTEGER,
    entry_days        INTEGER,
    nights_skipped    INTEGER,
    step_days_skipped INTEGER,
    entries_skipped   INTEGER,
    records_left_out  INTEGER,
    note              VARCHAR(80)
);
CREATE INDEX import_job_account ON import_job (account_id, state);

-- Which server runs a scheduled job now (ShedLock's table, system.ScheduledJobs): the first to lock a name runs it.
CREATE TABLE scheduled_lock (
    name       VARCHAR(64)  PRIMARY KEY,
    lock_until TIMESTAMP    NOT NULL,
    locked_at  TIMESTAMP    NOT NULL,
    locked_by  VARCHAR(255) NOT NULL
);
