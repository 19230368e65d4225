-- Active minutes a phone, watch or tracker counted on a day (Apple exercise minutes, Fitbit fairly + very active
-- minutes, or a CSV column), beside that day's steps; null where the file had none.
ALTER TABLE measured_steps ADD COLUMN active_minutes INTEGER;
