package org.entente.contracts.basing.v1;

import org.entente.contracts.Bounded;
import org.entente.contracts.Bounds;

/** The last event of a request. @param cause COALITION_DISSOLVED or CANCELLED */
public record SustainmentClosed(@Bounded(length = Bounds.ID) String requestId,
                                @Bounded(length = Bounds.ID) String coalitionId,
                                @Bounded(length = Bounds.CODE) String cause,
                                @Bounded(length = Bounds.NOTE) String reason,
                                @Bounded(length = Bounds.CODE) String status) implements BasingLogisticsEventV1 {
}
