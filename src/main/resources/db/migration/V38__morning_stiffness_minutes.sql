-- How long stiffness in the legs or feet lasted after getting up, in whole minutes (issue 29); asked in the morning's
-- first check-in of a diary day, so most check-ins leave it NULL. The cap is a day, as for a strategy's minutes.
ALTER TABLE check_in ADD COLUMN morning_stiffness_minutes INTEGER
    CHECK (morning_stiffness_minutes BETWEEN 0 AND 1440);
