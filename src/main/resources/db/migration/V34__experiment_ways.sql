-- Two ways of one strategy (issue 28): A against B may compare, say, two ways of taking a medicine agreed with a
-- prescriber. way_a and way_b name each arm's way (NULL where none was given; both given when the strategy is the same
-- twice). Ticking the strategy in the check-in cannot tell two ways of it apart, so for an experiment with ways the
-- person answers "did you follow today's block?", one row a day: followed is what they said.
ALTER TABLE experiment ADD COLUMN way_a VARCHAR(80);
ALTER TABLE experiment ADD COLUMN way_b VARCHAR(80);

CREATE TABLE experiment_day (
    experiment_id VARCHAR(36) NOT NULL REFERENCES experiment (id) ON DELETE CASCADE,
    account_id    VARCHAR(36) NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    day           VARCHAR(10) NOT NULL,
    followed      BOOLEAN     NOT NULL,
    PRIMARY KEY (experiment_id, day)
);
CREATE INDEX experiment_day_account ON experiment_day (account_id);
