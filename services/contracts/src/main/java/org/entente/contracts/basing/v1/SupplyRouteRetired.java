package org.entente.contracts.basing.v1;

import org.entente.contracts.Bounded;
import org.entente.contracts.Bounds;

/** The last event of a route: closed for good. @param cause COALITION_DISSOLVED */
public record SupplyRouteRetired(@Bounded(length = Bounds.ID) String routeId,
                                 @Bounded(length = Bounds.ID) String coalitionId,
                                 @Bounded(length = Bounds.CODE) String status,
                                 @Bounded(length = Bounds.CODE) String cause) implements BasingLogisticsEventV1 {
}
