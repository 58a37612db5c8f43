package org.entente.contracts.basing.v1;

import java.time.Instant;
import java.util.List;

/** The host withdrew its consent for good. */
public record BasingAgreementRevoked(String agreementId, String coalitionId, String hostNation, String site,
                                     String status, List<String> permittedActivities, Instant validUntil,
                                     Instant validFrom, String reason) {
}
