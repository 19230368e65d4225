-- A night whose source wrote only time in bed (the iPhone's Clock app) has an unknown time asleep, never 0 hours
-- (issue 31). SQLite cannot drop a NOT NULL, so the table is made again as V9 made it, with asleep_minutes
-- nullable, and its rows copied. V31 clears the zeros such nights were stored with.
CREATE TABLE measured_night_v30 (
    account_id     VARCHAR(36)   NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    diary_day      VARCHAR(10)   NOT NULL,
    import_id      VARCHAR(36)   NOT NULL,
    source         VARCHAR(255)  NOT NULL,
    asleep_minutes NUMERIC(8, 1),
    in_bed_minutes NUMERIC(8, 1) NOT NULL,
    core_minutes   NUMERIC(8, 1) NOT NULL,
    deep_minutes   NUMERIC(8, 1) NOT NULL,
    rem_minutes    NUMERIC(8, 1) NOT NULL,
    PRIMARY KEY (account_id, diary_day),
    FOREIGN KEY (import_id, account_id) REFERENCES measure_import (id, account_id) ON DELETE CASCADE
);
INSERT INTO measured_night_v30
SELECT account_id, diary_day, import_id, source, asleep_minutes, in_bed_minutes, core_minutes, deep_minutes,
       rem_minutes
FROM measured_night;
DROP TABLE measured_night;
ALTER TABLE measured_night_v30 RENAME TO measured_night;
