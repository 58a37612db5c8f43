package org.entente.contracts.basing.v1;

import org.entente.contracts.Bounded;
import org.entente.contracts.Bounds;

import java.time.Instant;
import java.util.List;

/**
 * One party signed the agreement's next stage; the stage takes effect (BasingAgreementAdvanced) when the other party
 * signs it too. The status is unchanged.
 *
 * @param stage MOU_SIGNED, TECHNICAL_ARRANGEMENT_SIGNED or IN_FORCE
 * @param party HOST_NATION (a planner of the host nation) or COALITION (the coalition's council)
 */
public record BasingAgreementStageSigned(@Bounded(length = Bounds.ID) String agreementId,
                                         @Bounded(length = Bounds.ID) String coalitionId,
                                         @Bounded(length = Bounds.NATION) String hostNation,
                                         @Bounded(length = Bounds.LABEL) String site,
                                         @Bounded(length = Bounds.CODE) String status,
                                         @Bounded(length = Bounds.CODE, items = 20) List<String> permittedActivities,
                                         Instant validUntil,
                                         Instant validFrom,
                                         @Bounded(length = Bounds.CODE) String stage,
                                         @Bounded(length = Bounds.CODE) String party)
        implements BasingLogisticsEventV1, BasingAgreementView {
}
