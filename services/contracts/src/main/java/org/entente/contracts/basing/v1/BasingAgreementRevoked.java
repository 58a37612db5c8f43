package org.entente.contracts.basing.v1;

import org.entente.contracts.Bounded;
import org.entente.contracts.Bounds;

import java.time.Instant;
import java.util.List;

/** The host withdrew its consent for good. */
public record BasingAgreementRevoked(@Bounded(length = Bounds.ID) String agreementId,
                                     @Bounded(length = Bounds.ID) String coalitionId,
                                     @Bounded(length = Bounds.NATION) String hostNation,
                                     @Bounded(length = Bounds.LABEL) String site,
                                     @Bounded(length = Bounds.CODE) String status,
                                     @Bounded(length = Bounds.CODE, items = 20) List<String> permittedActivities,
                                     Instant validUntil,
                                     Instant validFrom,
                                     @Bounded(length = Bounds.NOTE) String reason)
        implements BasingLogisticsEventV1, BasingAgreementView {
}
