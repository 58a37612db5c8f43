package org.entente.contracts.basing.v1;

import org.entente.contracts.Bounded;
import org.entente.contracts.Bounds;

import java.math.BigDecimal;

/** The request cannot be met in full. @param shortfall what is still missing, in the request unit */
public record SustainmentShortfallFlagged(@Bounded(length = Bounds.ID) String requestId,
                                          @Bounded(length = Bounds.ID) String coalitionId,
                                          @Bounded(length = Bounds.NOTE) String reason,
                                          BigDecimal shortfall,
                                          @Bounded(length = Bounds.CODE) String status)
        implements BasingLogisticsEventV1 {
}
