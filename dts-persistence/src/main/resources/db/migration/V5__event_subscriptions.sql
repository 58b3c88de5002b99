-- Event subscriptions (the seed's subscribe-to-events) and the webhook outbox. A delivery row is
-- written in the same transaction that moves the subscription's cursor past its event, so no event
-- is lost or queued twice, and it stays until delivered or given up: a restart loses nothing.
CREATE TABLE event_subscription (
    id              BIGINT        NOT NULL PRIMARY KEY,
    account         VARCHAR(32)   NOT NULL REFERENCES account (username),
    types           VARCHAR(2000) NOT NULL,
    url             VARCHAR(2000) NOT NULL,
    secret          VARCHAR(64)   NOT NULL,
    cursor_event    BIGINT        NOT NULL,
    created_height  BIGINT        NOT NULL,
    active          BOOLEAN       NOT NULL
);

CREATE INDEX event_subscription_account ON event_subscription (account);

CREATE TABLE webhook_delivery (
    subscription_id  BIGINT        NOT NULL REFERENCES event_subscription (id),
    event_id         BIGINT        NOT NULL,
    event_type       VARCHAR(40)   NOT NULL,
    status           VARCHAR(16)   NOT NULL,
    attempts         INT           NOT NULL,
    next_attempt_at  BIGINT        NOT NULL,
    lease_until      BIGINT        NOT NULL,
    last_status      INT,
    last_error       VARCHAR(500),
    delivered_at     BIGINT,
    PRIMARY KEY (subscription_id, event_id)
);

CREATE INDEX webhook_delivery_due ON webhook_delivery (status, next_attempt_at);

INSERT INTO id_counter (name, last_value) VALUES ('event_subscription', 0);
