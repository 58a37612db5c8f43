package org.entente.contracts.basing.v1;

import org.entente.contracts.Bounded;
import org.entente.contracts.Bounds;

/** @param status OPEN, CONTESTED or CLOSED */
public record SupplyRouteStatusChanged(@Bounded(length = Bounds.ID) String routeId,
                                       @Bounded(length = Bounds.ID) String coalitionId,
                                       @Bounded(length = Bounds.CODE) String status,
                                       @Bounded(length = Bounds.CODE) String previousStatus,
                                       @Bounded(length = Bounds.NOTE) String reason) implements BasingLogisticsEventV1 {
}
