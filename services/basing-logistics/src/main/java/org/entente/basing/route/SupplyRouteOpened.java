package org.entente.basing.route;

import java.math.BigDecimal;

public record SupplyRouteOpened(String routeId, String coalitionId, String name, String origin, String destination,
                                RouteMode mode, BigDecimal dailyCapacityTonnes, RouteStatus status,
                                String agreementId) {
}
