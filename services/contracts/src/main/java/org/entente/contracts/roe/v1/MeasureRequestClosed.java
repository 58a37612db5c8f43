package org.entente.contracts.roe.v1;

import org.entente.contracts.Bounded;
import org.entente.contracts.Bounds;

/**
 * A request still awaiting authorisation closed because its nation left the coalition's active membership.
 *
 * @param cause MEMBER_WITHDRAWN, MEMBER_SUSPENDED
 */
public record MeasureRequestClosed(@Bounded(length = Bounds.ID) String operationId,
                                   @Bounded(length = Bounds.ID) String coalitionId,
                                   @Bounded(length = Bounds.ID) String requestId,
                                   @Bounded(length = Bounds.CODE) String measureCode,
                                   @Bounded(length = Bounds.NATION) String nation,
                                   @Bounded(length = Bounds.CODE) String cause) implements RulesOfEngagementEventV1 {
}
