-- Randomised block experiments (issue 28). design is 'before-after' (every day against the days before, the only kind
-- until now, so every existing experiment keeps it), 'on-off' or 'a-against-b'. For the block designs: strategy_b is
-- the other strategy of A against B (NULL for on and off), block_days the length of each block, washout_days the days
-- at the start of each block left out of the comparison, and block_order the arm of each pair's first block as drawn
-- at the start ('ABBA…', one letter a pair). days stays the whole length.
ALTER TABLE experiment ADD COLUMN design VARCHAR(20) NOT NULL DEFAULT 'before-after';
ALTER TABLE experiment ADD COLUMN strategy_b VARCHAR(40);
ALTER TABLE experiment ADD COLUMN block_days INTEGER;
ALTER TABLE experiment ADD COLUMN washout_days INTEGER;
ALTER TABLE experiment ADD COLUMN block_order VARCHAR(8);

-- One start at a time per person. A start may now be planned for a later day, so V13's index (one open experiment
-- starting on a day) no longer stops two starts sent at once for different days from both passing the service's check
-- under PostgreSQL's READ COMMITTED. Each start and restore first writes its person's row here, which holds any other
-- until it commits (a row lock; SQLite writes one transaction at a time anyway).
CREATE TABLE experiment_start (
    account_id VARCHAR(36) PRIMARY KEY REFERENCES account (id) ON DELETE CASCADE,
    last_at    VARCHAR(30) NOT NULL
);
