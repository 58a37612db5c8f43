package org.entente.contracts.basing.v1;

import org.entente.contracts.Bounded;
import org.entente.contracts.Bounds;

import java.time.Instant;
import java.util.List;

/**
 * Nothing is permitted until reinstated.
 *
 * @param cause DECISION (the parties decided), MEMBER_WITHDRAWN, MEMBER_SUSPENDED or PARTNER_ENDED (the host nation
 *              left or was suspended from the coalition, or its partnership ended: a cascade of the membership event
 *              named by the envelope causationId)
 */
public record BasingAgreementSuspended(@Bounded(length = Bounds.ID) String agreementId,
                                       @Bounded(length = Bounds.ID) String coalitionId,
                                       @Bounded(length = Bounds.NATION) String hostNation,
                                       @Bounded(length = Bounds.LABEL) String site,
                                       @Bounded(length = Bounds.CODE) String status,
                                       @Bounded(length = Bounds.CODE, items = 20) List<String> permittedActivities,
                                       Instant validUntil,
                                       Instant validFrom,
                                       @Bounded(length = Bounds.CODE) String cause,
                                       @Bounded(length = Bounds.NOTE) String reason)
        implements BasingLogisticsEventV1, BasingAgreementView {
}
