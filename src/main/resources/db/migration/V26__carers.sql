-- Carers (accounts, issue 27): a person invites someone by a link to record check-ins for them (can_record), see their
-- diary (can_read), or both. The link is 256 random bits kept only as its SHA-256, cleared once taken; carer_id is
-- set when the invited person accepts with their own account. Removing a carer keeps the row (removed_at), so the
-- check-ins they entered and the access log still name them; it goes with either account.
CREATE TABLE carer (
    id                VARCHAR(36)  PRIMARY KEY,
    account_id        VARCHAR(36)  NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    carer_id          VARCHAR(36)  REFERENCES account (id) ON DELETE CASCADE,
    label             VARCHAR(100) NOT NULL,
    can_record        BOOLEAN      NOT NULL,
    can_read          BOOLEAN      NOT NULL,
    token_hash        VARCHAR(64)  UNIQUE,
    invited_at        VARCHAR(30)  NOT NULL,
    invite_expires_at VARCHAR(30)  NOT NULL,
    accepted_at       VARCHAR(30),
    removed_at        VARCHAR(30)
);
CREATE INDEX carer_account ON carer (account_id);
CREATE INDEX carer_carer ON carer (carer_id);

-- Who entered a check-in when it was not the person: the carer's name as the person gave it, kept with each version.
ALTER TABLE check_in ADD COLUMN entered_by VARCHAR(100);

-- A carer's action in the access log names the carer as the person named them.
ALTER TABLE access_event ADD COLUMN carer VARCHAR(100);
