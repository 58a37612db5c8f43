package org.entente.basing.route;

/** The route's last event: closed for good. */
public record SupplyRouteRetired(String routeId, String coalitionId, RouteStatus status, RouteRetirementCause cause) {
}
