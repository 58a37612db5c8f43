package org.entente.basing.route;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;

/**
 * Records a supply route of a coalition, from one node to another.
 *
 * @param agreementId the basing agreement whose site the route runs through, or null
 */
public record OpenSupplyRoute(@TargetAggregateIdentifier String routeId, String coalitionId, String name, String origin,
                              String destination, RouteMode mode, BigDecimal dailyCapacityTonnes, RouteStatus status,
                              String agreementId) {
}
