package org.entente.basing.view;

import org.entente.basing.agreement.AgreementEvent;
import org.entente.basing.agreement.AgreementStage;
import org.entente.basing.agreement.AgreementStatus;
import org.entente.basing.agreement.BasingAgreementClosed;
import org.entente.basing.agreement.BasingAgreementRenewed;
import org.entente.basing.agreement.BasingAgreementRequested;
import org.entente.basing.agreement.BasingAgreementRestricted;
import org.entente.basing.agreement.BasingAgreementRevoked;
import org.entente.basing.agreement.BasingAgreementStageSigned;
import org.entente.basing.agreement.BasingAgreementSuspended;
import org.entente.basing.agreement.ClosureCause;
import org.entente.basing.agreement.SigningParty;
import org.entente.basing.agreement.SuspensionCause;
import org.entente.basing.theatre.Activity;
import org.entente.platform.history.Perspective;
import org.entente.platform.history.RecordedEvent;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Folds an agreement's facts in effect at an instant (see {@link Timeline}) into its state. Each field is taken from the
 * event that decides it (the activities from the request and each restriction, the end of validity from the request
 * and each renewal, the status from every event but a restriction, renewal or first signature of a stage, which keep
 * it; the signatures pending from the first signatures since the last other event), not from the view every
 * event restates: a reader who may not see an event (releasability: EventHistory leaves it out) must not learn its
 * outcome from a later event that repeats it. With every event visible, this is the view the last event carries.
 */
public final class AgreementTimeline {

    private AgreementTimeline() {
    }

    public static Optional<AgreementState> at(List<RecordedEvent> history, Perspective perspective) {
        List<RecordedEvent> facts = Timeline.inEffect(history, perspective);
        if (facts.isEmpty()) {
            return Optional.empty();
        }
        BasingAgreementRequested requested = (BasingAgreementRequested) facts.get(0).payload();
        AgreementStatus status = null;
        List<Activity> permitted = requested.permittedActivities();
        Instant validUntil = requested.validUntil();
        SuspensionCause suspensionCause = null;
        String reason = null;
        ClosureCause closureCause = null;
        AgreementStage pendingStage = null;
        List<SigningParty> signedBy = new ArrayList<>();
        List<Step> steps = new ArrayList<>();
        for (RecordedEvent fact : facts) {
            AgreementEvent event = (AgreementEvent) fact.payload();
            if (!(event instanceof BasingAgreementRestricted || event instanceof BasingAgreementRenewed
                    || event instanceof BasingAgreementStageSigned)) {
                status = event.status(); // these keep the status: they only restate it
            }
            if (event instanceof BasingAgreementStageSigned signature) {
                if (signature.stage() != pendingStage) {
                    signedBy.clear();
                    pendingStage = signature.stage();
                }
                if (!signedBy.contains(signature.party())) {
                    signedBy.add(signature.party());
                }
            } else {
                // the stage took effect, or the agreement was suspended or ended: no signature is pending any more
                pendingStage = null;
                signedBy.clear();
            }
            if (event instanceof BasingAgreementSuspended suspended) {
                suspensionCause = suspended.cause();
                reason = suspended.reason();
            } else if (event instanceof BasingAgreementRestricted restricted) {
                permitted = restricted.permittedActivities();
                reason = restricted.reason();
            } else if (event instanceof BasingAgreementRenewed renewed) {
                validUntil = renewed.validUntil();
            } else if (event instanceof BasingAgreementRevoked revoked) {
                reason = revoked.reason();
            } else if (event instanceof BasingAgreementClosed closed) {
                closureCause = closed.cause();
            }
            if (status != AgreementStatus.SUSPENDED) {
                suspensionCause = null;
            }
            steps.add(Step.of(status, fact));
        }
        Instant asOf = perspective.asOf();
        boolean permits = status == AgreementStatus.IN_FORCE && !asOf.isBefore(requested.validFrom())
                && asOf.isBefore(validUntil);
        return Optional.of(new AgreementState(requested.agreementId(), requested.coalitionId(),
                facts.get(0).decision().exerciseId(), requested.hostNation(), requested.hostStanding(),
                requested.hostPartnerRole(), requested.site(), status, permitted, permits ? permitted : List.of(),
                requested.validFrom(), validUntil, requested.personnelCapacity(), requested.aircraftParkingCapacity(),
                suspensionCause, reason, closureCause, pendingStage, List.copyOf(signedBy), steps,
                Timeline.version(facts)));
    }
}
