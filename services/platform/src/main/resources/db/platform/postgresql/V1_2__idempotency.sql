-- Responses to commands sent with an Idempotency-Key, written in the command's own transaction.
CREATE TABLE idempotency_record (
    idempotency_key     VARCHAR(320)             NOT NULL,
    request_fingerprint VARCHAR(64)              NOT NULL,
    status              INTEGER                  NOT NULL,
    location            VARCHAR(1000),
    etag                VARCHAR(64)              NOT NULL,
    body                TEXT                     NOT NULL,
    recorded_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_idempotency_record PRIMARY KEY (idempotency_key)
);
