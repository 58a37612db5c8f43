package org.entente.contracts.basing.v1;

import org.entente.contracts.Bounded;
import org.entente.contracts.Bounds;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A force asked for supplies of one NATO class of supply, needed by {@code needBy}, routed through a basing agreement
 * site and/or along a supply route.
 *
 * @param supplyClass I to X
 * @param status      REQUESTED
 */
public record SustainmentRequested(@Bounded(length = Bounds.ID) String requestId,
                                   @Bounded(length = Bounds.ID) String coalitionId,
                                   @Bounded(length = Bounds.ID) String forceId,
                                   @Bounded(length = Bounds.NATION) String nation,
                                   @Bounded(length = Bounds.CODE) String supplyClass,
                                   BigDecimal quantity,
                                   @Bounded(length = Bounds.CODE) String unit,
                                   Instant needBy,
                                   @Bounded(length = Bounds.ID) String agreementId,
                                   @Bounded(length = Bounds.ID) String routeId,
                                   @Bounded(length = Bounds.CODE) String status) implements BasingLogisticsEventV1 {
}
