package org.entente.basing.agreement;

import org.entente.basing.theatre.Activity;

import java.time.Instant;
import java.util.List;

public record BasingAgreementRevoked(String agreementId, String coalitionId, String hostNation, String site,
                                     AgreementStatus status, List<Activity> permittedActivities, Instant validUntil,
                                     Instant validFrom,
                                     String reason) implements AgreementEvent {
}
