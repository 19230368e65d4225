-- How much leg and foot pain got in the way of the day (issue 29, decision 14), 0 (not at all) to 10 (completely), in
-- Legible's own words; asked once a diary day, so most check-ins leave it NULL.
ALTER TABLE check_in ADD COLUMN interference INTEGER CHECK (interference BETWEEN 0 AND 10);
