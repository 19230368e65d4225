-- Throttles kept where every server sees them (system.throttle): with several servers on one database, guesses and
-- requests count together. Keys (an e-mail, an address, a token's account) are kept only as their SHA-256.
-- throttle_event: one row per failure or counted request, kept for a day at most.
CREATE TABLE throttle_event (
    name     VARCHAR(32) NOT NULL,
    key_hash VARCHAR(64) NOT NULL,
    at       VARCHAR(30) NOT NULL
);
CREATE INDEX throttle_event_key ON throttle_event (name, key_hash, at);
CREATE INDEX throttle_event_at ON throttle_event (at);
-- throttle_lock: a key's lockouts so far (each doubles the next wait), until when it waits, and its last failure.
CREATE TABLE throttle_lock (
    name         VARCHAR(32) NOT NULL,
    key_hash     VARCHAR(64) NOT NULL,
    lockouts     INTEGER     NOT NULL,
    locked_until VARCHAR(30) NOT NULL,
    last_failure VARCHAR(30) NOT NULL,
    PRIMARY KEY (name, key_hash)
);
