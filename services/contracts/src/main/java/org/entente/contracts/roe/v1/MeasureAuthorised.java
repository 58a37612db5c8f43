package org.entente.contracts.roe.v1;

import org.entente.contracts.Bounded;
import org.entente.contracts.Bounds;

/** The authority that authorised it is the envelope's {@code authority}; it is always present. */
public record MeasureAuthorised(@Bounded(length = Bounds.ID) String operationId,
                                @Bounded(length = Bounds.ID) String coalitionId,
                                @Bounded(length = Bounds.ID) String requestId,
                                @Bounded(length = Bounds.CODE) String measureCode) implements RulesOfEngagementEventV1 {
}
