-- A share may also show the days and the patterns behind the report (scope 'report-history'), the person's notes in
-- their own words only if they ticked with_notes, and a FHIR download only if they ticked with_fhir (issue 27).
ALTER TABLE share ADD COLUMN with_notes BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE share ADD COLUMN with_fhir BOOLEAN NOT NULL DEFAULT FALSE;

-- An API read is logged with the name the token had then (a revoked token's row is deleted, its name stays here)
-- and what was read: the address without its query, which holds ids at most, never a value.
ALTER TABLE access_event ADD COLUMN token_name VARCHAR(100);
ALTER TABLE access_event ADD COLUMN detail VARCHAR(200);
