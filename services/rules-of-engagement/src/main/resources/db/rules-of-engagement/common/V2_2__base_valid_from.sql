-- The base read model keeps when each basing agreement may first be used (validFrom, carried by every agreement event
-- of the basing-logistics contract), so that an engagement check before it is refused. Null for bases learned before.
ALTER TABLE roe_base ADD COLUMN valid_from TIMESTAMP WITH TIME ZONE;
