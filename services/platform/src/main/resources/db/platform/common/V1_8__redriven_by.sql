-- Who re-drove a dead letter: an operator's decision the auditors can find, like any other.
ALTER TABLE inbox_dead_letter ADD COLUMN redriven_by VARCHAR(200);
