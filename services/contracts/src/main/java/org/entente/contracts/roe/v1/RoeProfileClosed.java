package org.entente.contracts.roe.v1;

import org.entente.contracts.Bounded;
import org.entente.contracts.Bounds;

/** @param cause OPERATION_CLOSED, COALITION_DISSOLVED */
public record RoeProfileClosed(@Bounded(length = Bounds.ID) String operationId,
                               @Bounded(length = Bounds.ID) String coalitionId,
                               @Bounded(length = Bounds.CODE) String cause) implements RulesOfEngagementEventV1 {
}
