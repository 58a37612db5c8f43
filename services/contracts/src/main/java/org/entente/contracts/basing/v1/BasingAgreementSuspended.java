package org.entente.contracts.basing.v1;

import java.time.Instant;
import java.util.List;

/**
 * Nothing is permitted until reinstated.
 *
 * @param cause DECISION (the parties decided), MEMBER_WITHDRAWN, MEMBER_SUSPENDED or PARTNER_ENDED (the host nation
 *              left or was suspended from the coalition, or its partnership ended: a cascade of the membership event
 *              named by the envelope causationId)
 */
public record BasingAgreementSuspended(String agreementId, String coalitionId, String hostNation, String site,
                                       String status, List<String> permittedActivities, Instant validUntil,
                                       Instant validFrom, String cause, String reason) {
}
