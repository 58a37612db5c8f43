-- Listing the aggregates of a type (e.g. every coalition) reads their first events.
CREATE INDEX ix_domain_event_type_sequence ON domain_event_entry (type, sequence_number, global_index);
