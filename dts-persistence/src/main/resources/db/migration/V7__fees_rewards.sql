-- DTS schema, version 7: fees and rewards. The protocol fee (percent, default the seed's 1 %) lives
-- with the other network parameters, next to the pool's running totals (what came in by kind, what
-- was paid out). Partial-signature fees gather in a row of their own that a partial locks last, so
-- that signers never queue on the network-state row; a claim moves them into the pool.
-- Rewards: one entitlement per epoch and committee member, written when the epoch closes.

ALTER TABLE network_state ADD COLUMN protocol_fee INTEGER NOT NULL DEFAULT 1;
ALTER TABLE network_state ADD COLUMN registration_fees BIGINT NOT NULL DEFAULT 0;
ALTER TABLE network_state ADD COLUMN proposal_fees BIGINT NOT NULL DEFAULT 0;
ALTER TABLE network_state ADD COLUMN slashed_total BIGINT NOT NULL DEFAULT 0;
ALTER TABLE network_state ADD COLUMN rewards_paid BIGINT NOT NULL DEFAULT 0;

-- What went into the pool before this version.
UPDATE network_state SET proposal_fees = (SELECT COALESCE(SUM(fee), 0) FROM proposal),
                         slashed_total = (SELECT COALESCE(SUM(amount), 0) FROM slash);

CREATE TABLE partial_fee_inflow (
    id      SMALLINT NOT NULL PRIMARY KEY CHECK (id = 1),
    pending BIGINT   NOT NULL DEFAULT 0 CHECK (pending >= 0),
    total   BIGINT   NOT NULL DEFAULT 0 CHECK (total >= 0)
);

INSERT INTO partial_fee_inflow (id, pending, total) VALUES (1, 0, 0);

CREATE TABLE reward (
    epoch          BIGINT      NOT NULL,
    signer         VARCHAR(32) NOT NULL REFERENCES account (username),
    amount         BIGINT      NOT NULL CHECK (amount >= 0),
    uptime         INTEGER     NOT NULL,
    accuracy       INTEGER     NOT NULL,
    stake          BIGINT      NOT NULL,
    min_stake      BIGINT      NOT NULL,
    created_height BIGINT      NOT NULL,
    claimed_height BIGINT,
    PRIMARY KEY (epoch, signer)
);

CREATE INDEX reward_signer ON reward (signer, epoch);
