package org.entente.contracts.basing.v1;

import java.math.BigDecimal;

/**
 * A supply route of a coalition: a link from one node to another.
 *
 * @param mode        ROAD, RAIL, SEA, AIR or PIPELINE
 * @param status      OPEN, CONTESTED or CLOSED
 * @param agreementId the basing agreement whose site the route runs through; null if none
 */
public record SupplyRouteOpened(String routeId, String coalitionId, String name, String origin, String destination,
                                String mode, BigDecimal dailyCapacityTonnes, String status, String agreementId) {
}
