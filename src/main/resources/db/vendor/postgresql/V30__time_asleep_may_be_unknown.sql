-- A night whose source wrote only time in bed (the iPhone's Clock app) has an unknown time asleep, never 0 hours
-- (issue 31). V31 clears the zeros such nights were stored with.
ALTER TABLE measured_night ALTER COLUMN asleep_minutes DROP NOT NULL;
