package org.entente.contracts.basing.v1;

import java.time.Instant;
import java.util.List;

/** The agreement runs longer: {@code validUntil} is the new end. */
public record BasingAgreementRenewed(String agreementId, String coalitionId, String hostNation, String site,
                                     String status, List<String> permittedActivities, Instant validUntil,
                                     Instant validFrom, Instant previousValidUntil) {
}
