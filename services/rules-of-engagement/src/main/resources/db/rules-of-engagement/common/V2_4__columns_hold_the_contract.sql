-- What the command-structure contract allows, these columns now hold (ConsumerColumnsIT checks every one): a force's
-- end cause may be the reason its nation gave for a recall, free text of up to Bounds.TEXT (2000) characters — at
-- 300 the database refused longer ones and the recall was dead-lettered; a degree of authority is a code of up to
-- Bounds.CODE (40). Identical for H2 and PostgreSQL.
ALTER TABLE roe_force ALTER COLUMN ended_cause SET DATA TYPE VARCHAR(2000);
ALTER TABLE roe_operation_fact ALTER COLUMN cause SET DATA TYPE VARCHAR(2000);
ALTER TABLE roe_force ALTER COLUMN degree SET DATA TYPE VARCHAR(40);
ALTER TABLE roe_operation_fact ALTER COLUMN degree SET DATA TYPE VARCHAR(40);
