package org.entente.contracts.basing.v1;

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
public record BasingAgreementRequested(String agreementId, String coalitionId, String hostNation, String site,
                                       String status, List<String> permittedActivities, Instant validUntil,
                                       Instant validFrom, int personnelCapacity, int aircraftParkingCapacity,
                                       String hostStanding, String hostPartnerRole) {
}
