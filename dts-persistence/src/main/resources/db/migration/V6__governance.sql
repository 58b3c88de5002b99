-- DTS schema, version 6: governance. The governance parameters live with the other network
-- parameters (defaults are the seed's, DESIGN.md §4.1; quorum is DTS's own: 20 % of the total
-- voting power must vote). Proposals and their votes; one vote per account and proposal.

ALTER TABLE network_state ADD COLUMN governance_threshold INTEGER NOT NULL DEFAULT 67;
ALTER TABLE network_state ADD COLUMN quorum INTEGER NOT NULL DEFAULT 20;
ALTER TABLE network_state ADD COLUMN min_proposal_duration BIGINT NOT NULL DEFAULT 144;
ALTER TABLE network_state ADD COLUMN proposal_fee BIGINT NOT NULL DEFAULT 10000;
ALTER TABLE network_state ADD COLUMN min_reputation_to_propose INTEGER NOT NULL DEFAULT 80;
ALTER TABLE network_state ADD COLUMN execution_delay BIGINT NOT NULL DEFAULT 144;

CREATE TABLE proposal (
    id                  BIGINT        NOT NULL PRIMARY KEY,
    proposer            VARCHAR(32)   NOT NULL REFERENCES account (username),
    title               VARCHAR(200)  NOT NULL,
    description         VARCHAR(4000) NOT NULL,
    type                VARCHAR(20)   NOT NULL,
    parameter           VARCHAR(40),
    new_value           BIGINT,
    target_signer       VARCHAR(32),
    fee                 BIGINT        NOT NULL,
    created_height      BIGINT        NOT NULL,
    end_height          BIGINT        NOT NULL,
    status              VARCHAR(20)   NOT NULL,
    votes_for           BIGINT        NOT NULL DEFAULT 0,
    votes_against       BIGINT        NOT NULL DEFAULT 0,
    voters              INTEGER       NOT NULL DEFAULT 0,
    total_power         BIGINT,
    finalized_height    BIGINT,
    execute_at_height   BIGINT,
    executed_height     BIGINT,
    execution_result    VARCHAR(1000),
    version             BIGINT        NOT NULL DEFAULT 0
);

CREATE INDEX proposal_status ON proposal (status, id);

CREATE TABLE proposal_vote (
    proposal_id  BIGINT      NOT NULL REFERENCES proposal (id),
    voter        VARCHAR(32) NOT NULL REFERENCES account (username),
    support      BOOLEAN     NOT NULL,
    weight       BIGINT      NOT NULL,
    height       BIGINT      NOT NULL,
    PRIMARY KEY (proposal_id, voter)
);

INSERT INTO id_counter (name, last_value) VALUES ('proposal', 0);
