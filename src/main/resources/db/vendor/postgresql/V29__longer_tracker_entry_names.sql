-- Flaredown writes foods by their USDA long descriptions, which run past 100 characters; one such name stopped a
-- whole import (issue 31). Only PostgreSQL needs this: SQLite does not enforce a VARCHAR's length, so on SQLite
-- the column already holds 300 characters and there is no V29 (HealthMeasures.TrackerEntry.NAME_CHARACTERS).
ALTER TABLE tracker_entry ALTER COLUMN name TYPE VARCHAR(300);
