package org.entente.basing.agreement;

import org.entente.basing.theatre.Activity;

import java.time.Instant;
import java.util.List;

/**
 * One party signed the agreement's next stage; the other has yet to. The status is unchanged: the stage takes effect
 * ({@link BasingAgreementAdvanced}) with the second signature.
 */
public record BasingAgreementStageSigned(String agreementId, String coalitionId, String hostNation, String site,
                                         AgreementStatus status, List<Activity> permittedActivities,
                                         Instant validUntil, Instant validFrom, AgreementStage stage,
                                         SigningParty party) implements AgreementEvent {
}
