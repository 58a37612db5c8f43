-- Re-driving dead letters: the envelope as received (so an operator can run its reactions again once the cause is
-- fixed) and when that succeeded. Identical for H2 and PostgreSQL: VARCHAR without a length is unbounded in both.
ALTER TABLE inbox_dead_letter ADD COLUMN envelope VARCHAR;
ALTER TABLE inbox_dead_letter ADD COLUMN redriven_at TIMESTAMP WITH TIME ZONE;
