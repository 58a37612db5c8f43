package org.entente.contracts.basing.v1;

import java.time.Instant;
import java.util.List;

/** The agreement reached its next stage. @param stage MOU_SIGNED, TECHNICAL_ARRANGEMENT_SIGNED or IN_FORCE */
public record BasingAgreementAdvanced(String agreementId, String coalitionId, String hostNation, String site,
                                      String status, List<String> permittedActivities, Instant validUntil,
                                      Instant validFrom, String stage) {
}
