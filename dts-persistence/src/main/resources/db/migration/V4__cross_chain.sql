-- Cross-chain verification: chains the owner registered, and the transactions whose signatures
-- verified under them. Keys and signatures are lower-case hex, comma-separated in order.
CREATE TABLE external_chain (
    chain_id                VARCHAR(64)   NOT NULL PRIMARY KEY,
    scheme                  VARCHAR(40)   NOT NULL,
    public_keys             VARCHAR(8000) NOT NULL,
    verification_threshold  INT           NOT NULL,
    registered_height       BIGINT        NOT NULL,
    registered_by           VARCHAR(32)   NOT NULL
);

CREATE TABLE cross_chain_transaction (
    chain_id       VARCHAR(64)    NOT NULL REFERENCES external_chain (chain_id),
    tx_hash        VARCHAR(64)    NOT NULL,
    data           VARCHAR(20000) NOT NULL,
    signatures     VARCHAR(8000)  NOT NULL,
    verified_keys  VARCHAR(400)   NOT NULL,
    submitted_by   VARCHAR(32)    NOT NULL,
    height         BIGINT         NOT NULL,
    PRIMARY KEY (chain_id, tx_hash)
);
