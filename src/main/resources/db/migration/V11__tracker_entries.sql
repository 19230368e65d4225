-- A day from another symptom tracker's diary (Flaredown), as the person mapped it: a rating on that tracker's own
-- scale (kept as it was, 0 to scale_max), or a treatment or tag taken over as a medication, a strategy or a trigger
-- (detail: the dose as written). Kept apart from check-ins: that tracker never asked Legible's questions, so no
-- check-in is made up from it. Undone with its import; a day keeps the entry of the first import that had it.
CREATE TABLE tracker_entry (
    account_id VARCHAR(36)  NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    diary_day  VARCHAR(10)  NOT NULL,
    kind       VARCHAR(16)  NOT NULL,
    name       VARCHAR(100) NOT NULL,
    import_id  VARCHAR(36)  NOT NULL,
    rating     INTEGER,
    scale_max  INTEGER,
    detail     VARCHAR(100),
    PRIMARY KEY (account_id, diary_day, kind, name),
    FOREIGN KEY (import_id, account_id) REFERENCES measure_import (id, account_id) ON DELETE CASCADE
);
CREATE INDEX tracker_entry_import ON tracker_entry (account_id, import_id);
