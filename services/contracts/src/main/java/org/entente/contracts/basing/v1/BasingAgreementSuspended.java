package org.entente.contracts.basing.v1;

import java.time.Instant;
import java.util.List;

/**
 * Nothing is permitted until reinstated.
 *
 * @param cause DECISION (the parties decided), MEMBER_WITHDRAWN or MEMBER_SUSPENDED (the host nation left or was
 *              suspended from the coalition: a cascade of the membership event named by the envelope causationId)
 */
public record BasingAgreementSuspended(String agreementId, String coalitionId, String hostNation, String site,
                                       String status, List<String> permittedActivities, Instant validUntil,
                                       String cause, String reason) {
}
