package org.entente.contracts.basing.v1;

import java.time.Instant;
import java.util.List;

/** The last event of an agreement. @param cause COALITION_DISSOLVED or CONCLUDED */
public record BasingAgreementClosed(String agreementId, String coalitionId, String hostNation, String site,
                                    String status, List<String> permittedActivities, Instant validUntil,
                                    Instant validFrom, String cause) {
}
