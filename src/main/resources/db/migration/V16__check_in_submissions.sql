-- The key a check-in form or a device gave each check-in it sent, so the same check-in sent twice (a retry after a
-- lost connection, a double tap, an offline entry sent when the network came back) is recorded once. entry_id names
-- the check-in it made; it stays after that check-in is deleted, so a late retry does not bring it back.
CREATE TABLE check_in_submission (
    account_id      VARCHAR(36) NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    idempotency_key VARCHAR(36) NOT NULL,
    entry_id        VARCHAR(36) NOT NULL,
    received_at     VARCHAR(30) NOT NULL,
    PRIMARY KEY (account_id, idempotency_key)
);
