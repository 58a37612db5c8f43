package org.entente.contracts.basing.v1;

import org.entente.contracts.Bounded;
import org.entente.contracts.Bounds;

import java.math.BigDecimal;

/**
 * A supply route of a coalition: a link from one node to another.
 *
 * @param mode        ROAD, RAIL, SEA, AIR or PIPELINE
 * @param status      OPEN, CONTESTED or CLOSED
 * @param agreementId the basing agreement whose site the route runs through; null if none
 */
public record SupplyRouteOpened(@Bounded(length = Bounds.ID) String routeId,
                                @Bounded(length = Bounds.ID) String coalitionId,
                                @Bounded(length = Bounds.LABEL) String name,
                                @Bounded(length = Bounds.LABEL) String origin,
                                @Bounded(length = Bounds.LABEL) String destination,
                                @Bounded(length = Bounds.CODE) String mode,
                                BigDecimal dailyCapacityTonnes,
                                @Bounded(length = Bounds.CODE) String status,
                                @Bounded(length = Bounds.ID) String agreementId) implements BasingLogisticsEventV1 {
}
