-- Issue 31: every file import leaves out days dated after the person's today (a phone's step record years ahead)
-- and says how many; the import job keeps the count for its result page.
ALTER TABLE import_job ADD COLUMN future_days_left_out INTEGER NOT NULL DEFAULT 0;
