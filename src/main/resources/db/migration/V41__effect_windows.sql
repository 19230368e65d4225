-- When an effect of a strategy could show (issue 29), as the person chose it: from starts_after days after a use for
-- lasts days. A strategy without a row has its kind's default (diary.EffectWindow.defaultFor).
CREATE TABLE effect_window (
    account_id   VARCHAR(36)  NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    strategy     VARCHAR(204) NOT NULL,
    starts_after INTEGER      NOT NULL CHECK (starts_after BETWEEN 0 AND 7),
    lasts        INTEGER      NOT NULL CHECK (lasts BETWEEN 1 AND 7),
    PRIMARY KEY (account_id, strategy)
);
