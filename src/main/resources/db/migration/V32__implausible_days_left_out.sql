-- Days of steps above what a day can hold (HealthMeasures.StepDay.MAX_STEPS) are left out of every import and
-- counted on its result, like days dated after today (V28).
ALTER TABLE import_job ADD COLUMN implausible_days_left_out INTEGER NOT NULL DEFAULT 0;
