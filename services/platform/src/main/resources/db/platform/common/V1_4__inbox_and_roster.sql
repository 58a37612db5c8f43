-- The inbox: per source aggregate, the sequence of the last public event this service has reacted to. Updated in the
-- same transaction as the reaction, so a redelivered event (sequence at or below it) is recognised and changes nothing.
CREATE TABLE inbox_watermark (
    source        VARCHAR(200)             NOT NULL,
    subject       VARCHAR(200)             NOT NULL,
    last_sequence BIGINT                   NOT NULL,
    last_event_id VARCHAR(100)             NOT NULL,
    applied_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_inbox_watermark PRIMARY KEY (source, subject)
);

-- The roster: this service's copy of coalition membership, learned from the membership topic through the inbox.
CREATE TABLE roster_coalition (
    coalition_id VARCHAR(100) NOT NULL,
    name         VARCHAR(300),
    exercise_id  VARCHAR(100),
    dissolved    BOOLEAN      NOT NULL,
    CONSTRAINT pk_roster_coalition PRIMARY KEY (coalition_id)
);

CREATE TABLE roster_nation (
    coalition_id VARCHAR(100) NOT NULL,
    nation       VARCHAR(16)  NOT NULL,
    standing     VARCHAR(32)  NOT NULL,
    partner_role VARCHAR(64),
    CONSTRAINT pk_roster_nation PRIMARY KEY (coalition_id, nation)
);
