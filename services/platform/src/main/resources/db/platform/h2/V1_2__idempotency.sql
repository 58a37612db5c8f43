-- Responses to commands sent with an Idempotency-Key. The key is reserved (status still null) at the start of the
-- command's transaction and completed with the response before it commits; only completed rows are ever visible.
CREATE TABLE idempotency_record (
    idempotency_key     VARCHAR(320)             NOT NULL,
    request_fingerprint VARCHAR(64)              NOT NULL,
    status              INTEGER,
    location            VARCHAR(1000),
    etag                VARCHAR(64),
    body                CLOB,
    recorded_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_idempotency_record PRIMARY KEY (idempotency_key)
);
