-- What the rules-of-engagement service knows of other services' records, kept from their topics by its reactions
-- (in the inbox's transaction, so a row and the watermark that says it was applied are stored together).

-- Operations, from entente.command-structure.v1.
CREATE TABLE roe_operation (
    operation_id VARCHAR(100) NOT NULL,
    coalition_id VARCHAR(100) NOT NULL,
    name         VARCHAR(300),
    closed       BOOLEAN      NOT NULL,
    closed_cause VARCHAR(100),
    CONSTRAINT pk_roe_operation PRIMARY KEY (operation_id)
);
CREATE INDEX ix_roe_operation_coalition ON roe_operation (coalition_id);

-- Forces placed under coalition authority in an operation: the latest placement, or how it ended.
CREATE TABLE roe_force (
    operation_id VARCHAR(100)  NOT NULL,
    force_id     VARCHAR(100)  NOT NULL,
    coalition_id VARCHAR(100)  NOT NULL,
    nation       VARCHAR(16)   NOT NULL,
    force_type   VARCHAR(100),
    force_size   INTEGER,
    node_id      VARCHAR(100),
    degree       VARCHAR(32),
    functions    VARCHAR(2000),
    area         VARCHAR(300),
    valid_from   TIMESTAMP WITH TIME ZONE,
    valid_until  TIMESTAMP WITH TIME ZONE,
    standing     VARCHAR(32)   NOT NULL,
    ended_cause  VARCHAR(300),
    CONSTRAINT pk_roe_force PRIMARY KEY (operation_id, force_id)
);

-- Basing agreements, from entente.basing-logistics.v1: each event carries the agreement's whole current view.
CREATE TABLE roe_base (
    agreement_id          VARCHAR(100)  NOT NULL,
    coalition_id          VARCHAR(100)  NOT NULL,
    host_nation           VARCHAR(16),
    site                  VARCHAR(300),
    status                VARCHAR(64)   NOT NULL,
    permitted_activities  VARCHAR(2000),
    valid_until           TIMESTAMP WITH TIME ZONE,
    last_event            VARCHAR(200)  NOT NULL,
    CONSTRAINT pk_roe_base PRIMARY KEY (agreement_id)
);
