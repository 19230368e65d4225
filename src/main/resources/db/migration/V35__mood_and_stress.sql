-- Mood and stress (issue 29), each 0 to 10 in an optional part of the check-in: mood from 0 (very low) to 10 (very
-- good), stress from 0 (none) to 10 (the most there could be). NULL where the person did not answer.
ALTER TABLE check_in ADD COLUMN mood INTEGER CHECK (mood BETWEEN 0 AND 10);
ALTER TABLE check_in ADD COLUMN stress INTEGER CHECK (stress BETWEEN 0 AND 10);
