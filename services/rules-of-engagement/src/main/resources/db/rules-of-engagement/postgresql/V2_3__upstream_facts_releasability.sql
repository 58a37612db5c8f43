-- Releasability of what this service learned from the other services' topics. roe_operation, roe_force and roe_base
-- keep the current state of each record for the service's own work (its aggregates' rules, its cascades). Besides
-- them, each upstream fact is kept with whom its event was releasable to and the nation of the actor who recorded it,
-- so that a reader's view is folded from the facts they may see: a restricted fact is not shown to a reader of
-- another nation, and a record (operation, force, base) whose first fact they may not see does not exist for them.
-- fact_no: the order the inbox applied them in, which is the order the current-state tables were updated in.

CREATE TABLE roe_operation_fact (
    fact_no      BIGSERIAL NOT NULL,
    event_id      VARCHAR(300)  NOT NULL,
    operation_id  VARCHAR(100)  NOT NULL,
    kind          VARCHAR(32)   NOT NULL,
    coalition_id  VARCHAR(100)  NOT NULL,
    name          VARCHAR(300),
    cause         VARCHAR(300),
    force_id      VARCHAR(100),
    nation        VARCHAR(16),
    force_type    VARCHAR(100),
    force_size    INTEGER,
    node_id       VARCHAR(100),
    degree        VARCHAR(32),
    functions     VARCHAR(2000),
    area          VARCHAR(300),
    valid_from    TIMESTAMP WITH TIME ZONE,
    valid_until   TIMESTAMP WITH TIME ZONE,
    standing      VARCHAR(32),
    releasable_to VARCHAR(4000) NOT NULL,
    actor_nation  VARCHAR(16),
    CONSTRAINT pk_roe_operation_fact PRIMARY KEY (fact_no),
    CONSTRAINT uq_roe_operation_fact_event UNIQUE (event_id)
);
CREATE INDEX ix_roe_operation_fact_operation ON roe_operation_fact (operation_id, fact_no);

CREATE TABLE roe_base_fact (
    fact_no             BIGSERIAL NOT NULL,
    event_id             VARCHAR(300)  NOT NULL,
    agreement_id         VARCHAR(100)  NOT NULL,
    coalition_id         VARCHAR(100)  NOT NULL,
    host_nation          VARCHAR(16),
    site                 VARCHAR(300),
    status               VARCHAR(64)   NOT NULL,
    permitted_activities VARCHAR(2000),
    valid_until          TIMESTAMP WITH TIME ZONE,
    valid_from           TIMESTAMP WITH TIME ZONE,
    last_event           VARCHAR(200)  NOT NULL,
    releasable_to        VARCHAR(4000) NOT NULL,
    actor_nation         VARCHAR(16),
    CONSTRAINT pk_roe_base_fact PRIMARY KEY (fact_no),
    CONSTRAINT uq_roe_base_fact_event UNIQUE (event_id)
);
CREATE INDEX ix_roe_base_fact_agreement ON roe_base_fact (agreement_id, fact_no);

-- What was learned before releasability was kept: one fact per record, as it stands, releasable to all members (the
-- default of every event that did not say otherwise).
INSERT INTO roe_operation_fact (event_id, operation_id, kind, coalition_id, name, releasable_to)
    SELECT 'before-releasability:' || operation_id, operation_id, 'OPERATION_ESTABLISHED', coalition_id, name,
           'ALL_MEMBERS' FROM roe_operation;
INSERT INTO roe_operation_fact (event_id, operation_id, kind, coalition_id, cause, releasable_to)
    SELECT 'before-releasability:closed:' || operation_id, operation_id, 'OPERATION_CLOSED', coalition_id,
           closed_cause, 'ALL_MEMBERS' FROM roe_operation WHERE closed = TRUE;
INSERT INTO roe_operation_fact (event_id, operation_id, kind, coalition_id, cause, force_id, nation, force_type,
                                force_size, node_id, degree, functions, area, valid_from, valid_until, standing,
                                releasable_to)
    SELECT 'before-releasability:' || operation_id || ':' || force_id, operation_id, 'FORCE_PLACED', coalition_id,
           ended_cause, force_id, nation, force_type, force_size, node_id, degree, functions, area, valid_from,
           valid_until, standing, 'ALL_MEMBERS' FROM roe_force;
INSERT INTO roe_base_fact (event_id, agreement_id, coalition_id, host_nation, site, status, permitted_activities,
                           valid_until, valid_from, last_event, releasable_to)
    SELECT 'before-releasability:' || agreement_id, agreement_id, coalition_id, host_nation, site, status,
           permitted_activities, valid_until, valid_from, last_event, 'ALL_MEMBERS' FROM roe_base;
