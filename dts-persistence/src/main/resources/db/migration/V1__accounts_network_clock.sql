-- DTS schema, version 1: accounts, the network's singleton state and the block clock.
-- One script for H2 (MODE=PostgreSQL) and PostgreSQL: keep to standard SQL.

CREATE TABLE account (
    username      VARCHAR(32)  NOT NULL PRIMARY KEY,
    password_hash VARCHAR(512) NOT NULL,
    balance       BIGINT       NOT NULL DEFAULT 0 CHECK (balance >= 0),
    locked_stake  BIGINT       NOT NULL DEFAULT 0 CHECK (locked_stake >= 0),
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    version       BIGINT       NOT NULL DEFAULT 0
);

-- The contract's data variables. Exactly one row (id = 1); parameters stay NULL until initialize.
CREATE TABLE network_state (
    id                   SMALLINT NOT NULL PRIMARY KEY CHECK (id = 1),
    owner_name           VARCHAR(32) REFERENCES account (username),
    initialized          BOOLEAN  NOT NULL DEFAULT FALSE,
    paused               BOOLEAN  NOT NULL DEFAULT FALSE,
    epoch                BIGINT   NOT NULL DEFAULT 0,
    min_stake            BIGINT,
    required_signers     INTEGER,
    total_signers        INTEGER,
    rotation_period      BIGINT,
    signature_threshold  INTEGER,
    last_rotation_height BIGINT,
    version              BIGINT   NOT NULL DEFAULT 0
);

INSERT INTO network_state (id, initialized, paused, epoch, version) VALUES (1, FALSE, FALSE, 0, 0);

-- The block clock lives apart from network_state so that a tick never races a parameter change.
-- A tick is a conditional update on (height, last_block_at_ms): whoever moves height h to h + 1
-- first wins, every other instance's update matches no row.
CREATE TABLE block_clock (
    id               SMALLINT NOT NULL PRIMARY KEY CHECK (id = 1),
    height           BIGINT   NOT NULL CHECK (height >= 0),
    last_block_at_ms BIGINT   NOT NULL
);

INSERT INTO block_clock (id, height, last_block_at_ms) VALUES (1, 0, 0);
