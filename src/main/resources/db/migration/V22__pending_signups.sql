-- A sign-up waiting for the code mailed to its address (accounts.internal.PendingSignups): with open sign-up and
-- e-mail configured, the sign-up page answers the same whether or not the address has an account, and only its owner
-- learns which. Kept 30 minutes at most, and deleted after five wrong codes. When the address already had an
-- account, no code is kept (none can match) and no passphrase hash either.
CREATE TABLE pending_signup (
    id              VARCHAR(36)  PRIMARY KEY,
    email           VARCHAR(320) NOT NULL,
    passphrase_hash VARCHAR(255),
    time_zone       VARCHAR(64)  NOT NULL,
    code_hash       VARCHAR(64),
    wrong_codes     INTEGER      NOT NULL,
    created_at      VARCHAR(30)  NOT NULL
);
CREATE INDEX pending_signup_created ON pending_signup (created_at);
