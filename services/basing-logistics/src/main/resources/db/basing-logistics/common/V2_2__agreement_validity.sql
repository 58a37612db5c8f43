-- The directory keeps each basing agreement's validity, so that sustainment is routed only through a base within it.
-- Null for agreements registered before.
ALTER TABLE basing_agreement_directory ADD COLUMN valid_from TIMESTAMP WITH TIME ZONE;
ALTER TABLE basing_agreement_directory ADD COLUMN valid_until TIMESTAMP WITH TIME ZONE;
