package org.entente.contracts.basing.v1;

import java.time.Instant;
import java.util.List;

/** The host permits fewer activities; {@code permittedActivities} is what remains. */
public record BasingAgreementRestricted(String agreementId, String coalitionId, String hostNation, String site,
                                        String status, List<String> permittedActivities, Instant validUntil,
                                        Instant validFrom, List<String> removedActivities, String reason) {
}
