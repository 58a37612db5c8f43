package org.entente.contracts.basing.v1;

import java.time.Instant;
import java.util.List;

/** The suspension ended; {@code status} is the status the agreement had before it. */
public record BasingAgreementReinstated(String agreementId, String coalitionId, String hostNation, String site,
                                        String status, List<String> permittedActivities, Instant validUntil,
                                        Instant validFrom) {
}
