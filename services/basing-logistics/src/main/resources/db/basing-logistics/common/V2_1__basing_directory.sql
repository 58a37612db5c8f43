-- The basing directory: where each agreement, clearance, route and sustainment request stands now, kept by a
-- subscribing event handler in the same transaction as the command that changed it. Reactions look up what a
-- membership or agreement event concerns here (agreements by coalition and host, clearances by coalition and granting
-- state, requests by agreement); reads as of an instant still fold the event store.
CREATE TABLE basing_agreement_directory (
    agreement_id         VARCHAR(64)              NOT NULL,
    coalition_id         VARCHAR(100)             NOT NULL,
    host_nation          VARCHAR(16)              NOT NULL,
    site                 VARCHAR(300)             NOT NULL,
    status               VARCHAR(40)              NOT NULL,
    permitted_activities VARCHAR(500)             NOT NULL,
    registered_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_basing_agreement_directory PRIMARY KEY (agreement_id)
);
CREATE INDEX ix_basing_agreement_host ON basing_agreement_directory (coalition_id, host_nation);

CREATE TABLE clearance_directory (
    clearance_id    VARCHAR(64)              NOT NULL,
    coalition_id    VARCHAR(100)             NOT NULL,
    user_nation     VARCHAR(16)              NOT NULL,
    granting_nation VARCHAR(16)              NOT NULL,
    status          VARCHAR(40)              NOT NULL,
    registered_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_clearance_directory PRIMARY KEY (clearance_id)
);
CREATE INDEX ix_clearance_granting ON clearance_directory (coalition_id, granting_nation);
CREATE INDEX ix_clearance_user ON clearance_directory (user_nation);
CREATE INDEX ix_clearance_granting_nation ON clearance_directory (granting_nation);

CREATE TABLE supply_route_directory (
    route_id      VARCHAR(64)              NOT NULL,
    coalition_id  VARCHAR(100)             NOT NULL,
    name          VARCHAR(300)             NOT NULL,
    agreement_id  VARCHAR(64),
    status        VARCHAR(40)              NOT NULL,
    retired       BOOLEAN                  NOT NULL,
    registered_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_supply_route_directory PRIMARY KEY (route_id)
);
CREATE INDEX ix_supply_route_coalition ON supply_route_directory (coalition_id);

CREATE TABLE sustainment_directory (
    request_id    VARCHAR(64)              NOT NULL,
    coalition_id  VARCHAR(100)             NOT NULL,
    agreement_id  VARCHAR(64),
    route_id      VARCHAR(64),
    status        VARCHAR(40)              NOT NULL,
    registered_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_sustainment_directory PRIMARY KEY (request_id)
);
CREATE INDEX ix_sustainment_coalition ON sustainment_directory (coalition_id);
CREATE INDEX ix_sustainment_agreement ON sustainment_directory (agreement_id);
