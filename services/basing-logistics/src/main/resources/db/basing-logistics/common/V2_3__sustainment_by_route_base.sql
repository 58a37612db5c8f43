-- Sustainment along a route via a base is re-flagged when the base stops permitting logistics: the reaction finds
-- the routes via an agreement, and the open requests along them.
CREATE INDEX ix_supply_route_agreement ON supply_route_directory (agreement_id);
CREATE INDEX ix_sustainment_route ON sustainment_directory (route_id);
