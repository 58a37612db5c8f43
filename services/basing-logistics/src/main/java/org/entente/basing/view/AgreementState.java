package org.entente.basing.view;

import org.entente.basing.agreement.AgreementStage;
import org.entente.basing.agreement.AgreementStatus;
import org.entente.basing.agreement.ClosureCause;
import org.entente.basing.agreement.HostStanding;
import org.entente.basing.agreement.SigningParty;
import org.entente.basing.agreement.SuspensionCause;
import org.entente.basing.theatre.Activity;

import java.time.Instant;
import java.util.List;

/**
 * A basing agreement as it stood at an instant.
 *
 * @param permittedActivities what the agreement lists
 * @param permitsNow          what the base permitted at that instant: the listed activities while the agreement is in
 *                            force and within its validity, nothing otherwise
 * @param reason              the reason given for the last restriction, suspension or revocation
 * @param pendingStage        the next stage, when one party has signed it and the other not yet; null otherwise
 * @param signedBy            the parties that have signed {@code pendingStage} (empty when none is pending)
 * @param version             the last event the state includes
 */
public record AgreementState(String agreementId, String coalitionId, String exerciseId, String hostNation,
                             HostStanding hostStanding, String hostPartnerRole, String site, AgreementStatus status,
                             List<Activity> permittedActivities, List<Activity> permitsNow, Instant validFrom,
                             Instant validUntil, int personnelCapacity, int aircraftParkingCapacity,
                             SuspensionCause suspensionCause, String reason, ClosureCause closureCause,
                             AgreementStage pendingStage, List<SigningParty> signedBy, List<Step> steps,
                             long version) {
}
