-- Strategies a person chose to track (for example from a check-up's suggestions): they come first, marked, in the
-- check-in's "Things you did", so recording them takes one tap.
CREATE TABLE tracked_strategy (
    account_id VARCHAR(36) NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    strategy   VARCHAR(40) NOT NULL,
    since      VARCHAR(30) NOT NULL,
    PRIMARY KEY (account_id, strategy)
);
