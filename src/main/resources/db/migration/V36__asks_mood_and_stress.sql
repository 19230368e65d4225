-- Whether the check-in asks about mood and stress (issue 29): on until the person turns it off on the account page.
ALTER TABLE account ADD COLUMN asks_mood_and_stress BOOLEAN NOT NULL DEFAULT TRUE;
