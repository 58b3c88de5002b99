-- DTS schema, version 3: signing requests and partial signatures (aggregate mode).

CREATE TABLE signing_request (
    id                   BIGINT       NOT NULL PRIMARY KEY,
    message_hash         VARCHAR(64)  NOT NULL,
    -- the hash while the request is PENDING, NULL after: at most one open request per message
    open_hash            VARCHAR(64)  UNIQUE,
    epoch                BIGINT       NOT NULL REFERENCES epoch (number),
    threshold            INTEGER      NOT NULL,
    status               VARCHAR(10)  NOT NULL,
    requester            VARCHAR(32)  NOT NULL REFERENCES account (username),
    opened_height        BIGINT       NOT NULL,
    expires_height       BIGINT       NOT NULL,
    aggregate_signature  VARCHAR(192),
    participant_bitfield VARCHAR(64),
    completed_height     BIGINT,
    completion_micros    BIGINT,
    version              BIGINT       NOT NULL DEFAULT 0
);

CREATE INDEX signing_request_status ON signing_request (status, id);
CREATE INDEX signing_request_hash ON signing_request (message_hash);
CREATE INDEX signing_request_epoch ON signing_request (epoch);

CREATE TABLE partial_signature (
    request_id    BIGINT       NOT NULL REFERENCES signing_request (id),
    signer        VARCHAR(32)  NOT NULL REFERENCES signer (name),
    signature     VARCHAR(192) NOT NULL,
    height        BIGINT       NOT NULL,
    in_aggregate  BOOLEAN      NOT NULL DEFAULT FALSE,
    PRIMARY KEY (request_id, signer)
);

CREATE INDEX partial_signature_signer ON partial_signature (signer);

-- Counters for ids that must be unique across instances (taken under the row's lock).
CREATE TABLE id_counter (
    name        VARCHAR(32) NOT NULL PRIMARY KEY,
    last_value  BIGINT      NOT NULL
);

INSERT INTO id_counter (name, last_value) VALUES ('signing_request', 0);

-- Fault names such as INVALID_PARTIAL_SIGNATURE need more room than version 2 gave them.
ALTER TABLE slash ALTER COLUMN fault SET DATA TYPE VARCHAR(40);
