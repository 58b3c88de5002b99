-- DTS schema, version 2: the contract core. Signers and their metrics, watchtowers, slashes, the
-- committee of every epoch, and the event log. Keys and signatures are stored as lower-case hex.

ALTER TABLE network_state ADD COLUMN performance_threshold INTEGER;
ALTER TABLE network_state ADD COLUMN reward_pool BIGINT NOT NULL DEFAULT 0;

CREATE TABLE signer (
    name                 VARCHAR(32)  NOT NULL PRIMARY KEY REFERENCES account (username),
    public_key           VARCHAR(96)  NOT NULL UNIQUE,
    stake                BIGINT       NOT NULL CHECK (stake >= 0),
    reputation           INTEGER      NOT NULL,
    registered_height    BIGINT       NOT NULL,
    last_active          BIGINT       NOT NULL,
    signing_speed        INTEGER      NOT NULL,
    uptime               INTEGER      NOT NULL,
    accuracy             INTEGER      NOT NULL,
    total_signatures     BIGINT       NOT NULL,
    valid_signatures     BIGINT       NOT NULL,
    total_slashes        INTEGER      NOT NULL,
    last_slash_height    BIGINT       NOT NULL,
    slashed_amount       BIGINT       NOT NULL,
    status               VARCHAR(10)  NOT NULL,
    version              BIGINT       NOT NULL DEFAULT 0
);

CREATE INDEX signer_status ON signer (status);

-- One row per signer and epoch: the metrics as they stood at the end of each report in that epoch,
-- and the reputation the rotation computed when the epoch closed.
CREATE TABLE signer_epoch_metrics (
    signer            VARCHAR(32) NOT NULL REFERENCES signer (name),
    epoch             BIGINT      NOT NULL,
    uptime            INTEGER     NOT NULL,
    signing_speed     INTEGER     NOT NULL,
    accuracy          INTEGER     NOT NULL,
    total_signatures  BIGINT      NOT NULL,
    valid_signatures  BIGINT      NOT NULL,
    reports           INTEGER     NOT NULL,
    reputation        INTEGER     NOT NULL,
    last_height       BIGINT      NOT NULL,
    PRIMARY KEY (signer, epoch)
);

CREATE TABLE watchtower (
    name               VARCHAR(32) NOT NULL PRIMARY KEY REFERENCES account (username),
    registered_height  BIGINT      NOT NULL,
    last_report        BIGINT      NOT NULL,
    reports_submitted  BIGINT      NOT NULL,
    accuracy_score     INTEGER     NOT NULL,
    is_active          BOOLEAN     NOT NULL
);

-- A signer's slashes, numbered 1, 2, 3, ... (the signer's total-slashes after each).
CREATE TABLE slash (
    signer    VARCHAR(32)  NOT NULL REFERENCES signer (name),
    number    INTEGER      NOT NULL,
    fault     VARCHAR(24)  NOT NULL,
    amount    BIGINT       NOT NULL CHECK (amount >= 0),
    evidence  VARCHAR(4096) NOT NULL,
    height    BIGINT       NOT NULL,
    actor     VARCHAR(32),
    PRIMARY KEY (signer, number)
);

-- Every epoch's committee, kept forever: verifiers need to know who could sign in epoch n.
CREATE TABLE epoch (
    number        BIGINT  NOT NULL PRIMARY KEY,
    start_height  BIGINT  NOT NULL,
    threshold     INTEGER NOT NULL,
    seats         INTEGER NOT NULL
);

CREATE TABLE epoch_member (
    epoch          BIGINT      NOT NULL REFERENCES epoch (number),
    member_index   INTEGER     NOT NULL,
    signer         VARCHAR(32) NOT NULL REFERENCES signer (name),
    public_key     VARCHAR(96) NOT NULL,
    joined_height  BIGINT      NOT NULL,
    left_height    BIGINT,
    PRIMARY KEY (epoch, member_index),
    UNIQUE (epoch, signer)
);

-- The event log. Ids come from event_sequence under its row lock, held to commit, so ids follow
-- commit order and a reader paging with ?after= never misses an event that commits late.
CREATE TABLE event_sequence (
    id       SMALLINT NOT NULL PRIMARY KEY CHECK (id = 1),
    last_id  BIGINT   NOT NULL
);

INSERT INTO event_sequence (id, last_id) VALUES (1, 0);

CREATE TABLE event (
    id       BIGINT        NOT NULL PRIMARY KEY,
    height   BIGINT        NOT NULL,
    type     VARCHAR(40)   NOT NULL,
    actor    VARCHAR(32),
    data     VARCHAR(8000) NOT NULL,
    at       TIMESTAMP WITH TIME ZONE NOT NULL
);
