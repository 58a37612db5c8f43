package org.entente.contracts.basing.v1;

/** The last event of a route: closed for good. @param cause COALITION_DISSOLVED */
public record SupplyRouteRetired(String routeId, String coalitionId, String status, String cause) {
}
