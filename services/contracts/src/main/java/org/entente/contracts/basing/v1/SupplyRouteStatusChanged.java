package org.entente.contracts.basing.v1;

/** @param status OPEN, CONTESTED or CLOSED */
public record SupplyRouteStatusChanged(String routeId, String coalitionId, String status, String previousStatus,
                                       String reason) {
}
