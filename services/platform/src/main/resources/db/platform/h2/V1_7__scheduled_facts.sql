-- Deadlines: db-scheduler's table (the schema its 16.x release expects), where Axon's DbSchedulerDeadlineManager keeps
-- every time-driven fact an aggregate scheduled — a mandate's expiry, an agreement's end — until it fires. In the
-- service's own database, so a deadline survives a restart and is picked up by whichever instance polls first.
CREATE TABLE scheduled_tasks (
    task_name            VARCHAR(250)                 NOT NULL,
    task_instance        VARCHAR(250)                 NOT NULL,
    task_data            BLOB,
    execution_time       TIMESTAMP WITH TIME ZONE NOT NULL,
    picked               BOOLEAN                  NOT NULL,
    picked_by            VARCHAR(250),
    last_success         TIMESTAMP WITH TIME ZONE,
    last_failure         TIMESTAMP WITH TIME ZONE,
    consecutive_failures INT,
    last_heartbeat       TIMESTAMP WITH TIME ZONE,
    version              BIGINT                   NOT NULL,
    priority             SMALLINT,
    CONSTRAINT pk_scheduled_tasks PRIMARY KEY (task_name, task_instance)
);
CREATE INDEX ix_scheduled_tasks_execution_time ON scheduled_tasks (execution_time);
CREATE INDEX ix_scheduled_tasks_last_heartbeat ON scheduled_tasks (last_heartbeat);
CREATE INDEX ix_scheduled_tasks_priority_execution_time ON scheduled_tasks (priority DESC, execution_time ASC);
