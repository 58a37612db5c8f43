package org.entente.contracts.basing.v1;

import java.time.Instant;
import java.util.List;

/**
 * The agreement reached its end without renewal. Expired is final (it can only be closed): the base is asked for anew.
 */
public record BasingAgreementExpired(String agreementId, String coalitionId, String hostNation, String site,
                                     String status, List<String> permittedActivities, Instant validUntil,
                                     Instant validFrom) {
}
