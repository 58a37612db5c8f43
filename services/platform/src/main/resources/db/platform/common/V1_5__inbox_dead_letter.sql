-- Events the inbox could never process: also on the dead-letter topic; kept here so that the watermark can move past
-- them (later events of the subject still apply) and an operator can list them with the reason.
CREATE TABLE inbox_dead_letter (
    event_id        VARCHAR(100)             NOT NULL,
    source          VARCHAR(200)             NOT NULL,
    subject         VARCHAR(200)             NOT NULL,
    sequence_number BIGINT                   NOT NULL,
    event_type      VARCHAR(300)             NOT NULL,
    topic           VARCHAR(300)             NOT NULL,
    reason          VARCHAR(2000)            NOT NULL,
    dead_lettered_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_inbox_dead_letter PRIMARY KEY (event_id)
);
