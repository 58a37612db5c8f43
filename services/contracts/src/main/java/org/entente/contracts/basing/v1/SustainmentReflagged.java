package org.entente.contracts.basing.v1;

import org.entente.contracts.Bounded;
import org.entente.contracts.Bounds;

/**
 * The basing agreement the request is routed through was revoked, suspended or restricted so that it no longer permits
 * logistics: the request is flagged as a shortfall again.
 *
 * @param cause AGREEMENT_REVOKED, AGREEMENT_SUSPENDED or AGREEMENT_RESTRICTED
 */
public record SustainmentReflagged(@Bounded(length = Bounds.ID) String requestId,
                                   @Bounded(length = Bounds.ID) String coalitionId,
                                   @Bounded(length = Bounds.ID) String agreementId,
                                   @Bounded(length = Bounds.CODE) String cause,
                                   @Bounded(length = Bounds.CODE) String status) implements BasingLogisticsEventV1 {
}
