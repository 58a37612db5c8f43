package org.entente.contracts.roe.v1;

import org.entente.contracts.Bounded;
import org.entente.contracts.Bounds;

/** The review after a mandate expansion is over; the envelope's {@code authority} names who decided. */
public record RoeProfileReauthorised(@Bounded(length = Bounds.ID) String operationId,
                                     @Bounded(length = Bounds.ID) String coalitionId)
        implements RulesOfEngagementEventV1 {
}
