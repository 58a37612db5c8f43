package org.entente.contracts.roe.v1;

import org.entente.contracts.Bounded;
import org.entente.contracts.Bounds;

public record MeasureCancelled(@Bounded(length = Bounds.ID) String operationId,
                               @Bounded(length = Bounds.ID) String coalitionId,
                               @Bounded(length = Bounds.ID) String requestId,
                               @Bounded(length = Bounds.CODE) String measureCode,
                               @Bounded(length = Bounds.TEXT) String reason) implements RulesOfEngagementEventV1 {
}
