-- What counts as a flare is the person's choice (issue 3 §7): points above their own usual level, on how many days
-- in a row. The defaults are the issue's: 2 points on 2 days.
ALTER TABLE account ADD COLUMN flare_points INTEGER NOT NULL DEFAULT 2;
ALTER TABLE account ADD COLUMN flare_days INTEGER NOT NULL DEFAULT 2;
