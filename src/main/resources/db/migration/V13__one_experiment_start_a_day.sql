-- Two starts sent at once (a double tap, two tabs) could both pass the service's "one at a time" check under
-- PostgreSQL's READ COMMITTED, since neither sees the other's row. No two open experiments of one account may begin
-- on the same day, which is exactly what such a race produces; one stopped early (ended_on set) leaves the day free.
-- Any pair already made that way keeps its first and is ended on its start day before the index is built.
UPDATE experiment SET ended_on = started_on
WHERE ended_on IS NULL
  AND EXISTS (SELECT 1 FROM experiment earlier
              WHERE earlier.account_id = experiment.account_id
                AND earlier.started_on = experiment.started_on
                AND earlier.ended_on IS NULL
                AND earlier.created_at < experiment.created_at);
CREATE UNIQUE INDEX experiment_one_open_start_a_day ON experiment (account_id, started_on) WHERE ended_on IS NULL;
