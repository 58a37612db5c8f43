package org.entente.contracts.basing.v1;

import org.entente.contracts.Bounded;
import org.entente.contracts.Bounds;

import java.math.BigDecimal;

/** Supplies arrived. @param status PARTLY_FULFILLED or FULFILLED */
public record SustainmentDelivered(@Bounded(length = Bounds.ID) String requestId,
                                   @Bounded(length = Bounds.ID) String coalitionId,
                                   @Bounded(length = Bounds.ID) String deliveryId,
                                   BigDecimal quantity,
                                   BigDecimal deliveredTotal,
                                   @Bounded(length = Bounds.CODE) String status) implements BasingLogisticsEventV1 {
}
