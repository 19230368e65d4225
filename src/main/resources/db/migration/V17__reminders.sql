-- Reminders (docs/decisions/0008-reminders-in-the-database.md). Portable SQL, as V1.

-- A person's reminder choices: the ISO weekdays (1 = Monday) and one or two times of day in their own time zone,
-- quiet hours in which nothing is sent, the channels, and whether they paused them. pause_asked_on is the diary day
-- Legible asked once whether to pause after days of ignored reminders; ignored days count from counting_from.
CREATE TABLE reminder_settings (
    account_id     VARCHAR(36) PRIMARY KEY REFERENCES account (id) ON DELETE CASCADE,
    weekdays       VARCHAR(13) NOT NULL,
    times          VARCHAR(11) NOT NULL,
    quiet_from     VARCHAR(5),
    quiet_until    VARCHAR(5),
    by_push        BOOLEAN     NOT NULL,
    by_email       BOOLEAN     NOT NULL,
    paused         BOOLEAN     NOT NULL,
    link_origin    VARCHAR(200),
    pause_asked_on VARCHAR(10),
    counting_from  VARCHAR(10),
    updated_at     VARCHAR(30) NOT NULL
);

-- One row per reminder time and diary day, inserted once before anything is sent: the primary key is what stops a
-- restart, or a second server on the same database, from sending the same reminder twice. outcome: sent, recorded
-- (a check-in was already there), asked (the pause question went instead), missed (nothing could be delivered).
CREATE TABLE reminder_sent (
    account_id VARCHAR(36) NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    diary_day  VARCHAR(10) NOT NULL,
    slot       INTEGER     NOT NULL,
    due_at     VARCHAR(30) NOT NULL,
    outcome    VARCHAR(10) NOT NULL,
    PRIMARY KEY (account_id, diary_day, slot)
);

-- Each reminder's delivery to one e-mail address or one push subscription, retried a few times when the other end
-- fails for a while. target: 'email' or 'push:' and the subscription's id. state: pending, sent, failed.
CREATE TABLE reminder_delivery (
    account_id      VARCHAR(36) NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    diary_day       VARCHAR(10) NOT NULL,
    slot            INTEGER     NOT NULL,
    target          VARCHAR(45) NOT NULL,
    kind            VARCHAR(10) NOT NULL,
    attempts        INTEGER     NOT NULL,
    state           VARCHAR(10) NOT NULL,
    next_attempt_at VARCHAR(30) NOT NULL,
    PRIMARY KEY (account_id, diary_day, slot, target)
);
CREATE INDEX reminder_delivery_pending ON reminder_delivery (state, next_attempt_at);

-- A browser's Web Push subscription: where to send, and the keys its payload is encrypted for (RFC 8291).
CREATE TABLE push_subscription (
    id         VARCHAR(36)   PRIMARY KEY,
    account_id VARCHAR(36)   NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    endpoint   VARCHAR(1000) NOT NULL UNIQUE,
    p256dh     VARCHAR(100)  NOT NULL,
    auth       VARCHAR(40)   NOT NULL,
    created_at VARCHAR(30)   NOT NULL
);
CREATE INDEX push_subscription_account ON push_subscription (account_id);

-- The private calendar address: only the SHA-256 of its secret is kept, so it is shown once and can be replaced.
CREATE TABLE calendar_feed (
    account_id   VARCHAR(36) PRIMARY KEY REFERENCES account (id) ON DELETE CASCADE,
    token_hash   VARCHAR(64) NOT NULL UNIQUE,
    created_at   VARCHAR(30) NOT NULL,
    last_read_at VARCHAR(30)
);

-- Keys the server made for itself on first start (the Web Push VAPID key pair), shared by every server.
CREATE TABLE server_key (
    name        VARCHAR(40)  PRIMARY KEY,
    public_key  VARCHAR(200) NOT NULL,
    private_key VARCHAR(400) NOT NULL,
    created_at  VARCHAR(30)  NOT NULL
);
