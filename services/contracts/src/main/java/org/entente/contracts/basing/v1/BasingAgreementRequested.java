package org.entente.contracts.basing.v1;

import org.entente.contracts.Bounded;
import org.entente.contracts.Bounds;

import java.time.Instant;
import java.util.List;

/**
 * A coalition asked a host nation for a base. The host stands in the coalition as an active member or as a partner
 * (then with its partner role).
 *
 * @param status          always REQUESTED
 * @param hostStanding    ACTIVE_MEMBER or PARTNER
 * @param hostPartnerRole for a partner host: HOST_NATION, TRANSIT_STATE, ...; null for a member
 */
public record BasingAgreementRequested(@Bounded(length = Bounds.ID) String agreementId,
                                       @Bounded(length = Bounds.ID) String coalitionId,
                                       @Bounded(length = Bounds.NATION) String hostNation,
                                       @Bounded(length = Bounds.LABEL) String site,
                                       @Bounded(length = Bounds.CODE) String status,
                                       @Bounded(length = Bounds.CODE, items = 20) List<String> permittedActivities,
                                       Instant validUntil,
                                       Instant validFrom,
                                       int personnelCapacity,
                                       int aircraftParkingCapacity,
                                       @Bounded(length = Bounds.CODE) String hostStanding,
                                       @Bounded(length = Bounds.CODE) String hostPartnerRole)
        implements BasingLogisticsEventV1, BasingAgreementView {
}
