CREATE TABLE idempotency_record (
    principal       VARCHAR(255) NOT NULL,
    idempotency_key VARCHAR(255) NOT NULL,
    request_hash    CHAR(64)     NOT NULL,
    created_at      TIMESTAMPTZ  NOT NULL,
    completed       BOOLEAN      NOT NULL,
    status          INTEGER,
    content_type    VARCHAR(255),
    location        TEXT,
    etag            VARCHAR(64),
    body            BYTEA,
    PRIMARY KEY (principal, idempotency_key)
);
CREATE INDEX idempotency_record_age ON idempotency_record (created_at);
