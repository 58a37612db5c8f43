package org.entente.basing.route;

public record SupplyRouteStatusChanged(String routeId, String coalitionId, RouteStatus status,
                                       RouteStatus previousStatus, String reason) {
}
