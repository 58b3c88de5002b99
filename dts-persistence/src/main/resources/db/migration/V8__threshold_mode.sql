-- DTS schema, version 8: threshold mode (THRESHOLD.md). The signing mode and the DKG window length
-- live with the other network parameters. One DKG session per epoch: its dealers and receivers
-- (indices are 1-based committee positions), the bundles and complaints that arrived, and once it
-- completes the group key and every receiver's public share. A request signed in threshold mode
-- carries the group signature and the group key it verifies under.

ALTER TABLE network_state ADD COLUMN signing_mode VARCHAR(10) NOT NULL DEFAULT 'AGGREGATE';
ALTER TABLE network_state ADD COLUMN dkg_phase_blocks BIGINT NOT NULL DEFAULT 10;

CREATE TABLE dkg_session (
    epoch                BIGINT       NOT NULL PRIMARY KEY REFERENCES epoch (number),
    kind                 VARCHAR(8)   NOT NULL,
    threshold            INTEGER      NOT NULL,
    previous_threshold   INTEGER      NOT NULL,
    -- the epoch whose shares the dealers reshare (NULL for a fresh session)
    previous_epoch       BIGINT,
    phase                VARCHAR(8)   NOT NULL,
    start_height         BIGINT       NOT NULL,
    phase_blocks         BIGINT       NOT NULL,
    qualified            VARCHAR(4000),
    group_public_key     VARCHAR(96),
    failure_reason       VARCHAR(500),
    finalized_height     BIGINT,
    version              BIGINT       NOT NULL DEFAULT 0
);

CREATE INDEX dkg_session_phase ON dkg_session (phase, epoch);

CREATE TABLE dkg_participant (
    epoch             BIGINT       NOT NULL REFERENCES dkg_session (epoch),
    role              VARCHAR(8)   NOT NULL,
    idx               INTEGER      NOT NULL,
    signer            VARCHAR(32)  NOT NULL REFERENCES signer (name),
    public_key        VARCHAR(96)  NOT NULL,
    -- RECEIVER: its public share once the session completes; DEALER of a reshare: its old public share
    public_share      VARCHAR(96),
    PRIMARY KEY (epoch, role, idx)
);

CREATE INDEX dkg_participant_signer ON dkg_participant (signer, epoch);

CREATE TABLE dkg_deal (
    epoch          BIGINT        NOT NULL REFERENCES dkg_session (epoch),
    dealer_index   INTEGER       NOT NULL,
    commitments    VARCHAR(10000) NOT NULL,
    shares         VARCHAR(100000) NOT NULL,
    signature      VARCHAR(192)  NOT NULL,
    height         BIGINT        NOT NULL,
    PRIMARY KEY (epoch, dealer_index)
);

CREATE TABLE dkg_complaint (
    epoch           BIGINT       NOT NULL REFERENCES dkg_session (epoch),
    dealer_index    INTEGER      NOT NULL,
    receiver_index  INTEGER      NOT NULL,
    shared_key      VARCHAR(96)  NOT NULL,
    proof           VARCHAR(128) NOT NULL,
    verdict         VARCHAR(8)   NOT NULL,
    height          BIGINT       NOT NULL,
    PRIMARY KEY (epoch, dealer_index, receiver_index)
);

ALTER TABLE signing_request ADD COLUMN group_signature VARCHAR(192);
ALTER TABLE signing_request ADD COLUMN group_public_key VARCHAR(96);
