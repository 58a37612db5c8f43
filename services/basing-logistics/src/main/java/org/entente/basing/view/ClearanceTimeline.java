package org.entente.basing.view;

import org.entente.basing.clearance.ClearanceClosed;
import org.entente.basing.clearance.ClearanceClosureCause;
import org.entente.basing.clearance.ClearanceDenied;
import org.entente.basing.clearance.ClearanceEvent;
import org.entente.basing.clearance.ClearanceGranted;
import org.entente.basing.clearance.ClearanceRequested;
import org.entente.basing.clearance.ClearanceStatus;
import org.entente.basing.clearance.ClearanceSuspended;
import org.entente.basing.clearance.ClearanceSuspensionCause;
import org.entente.platform.history.Perspective;
import org.entente.platform.history.RecordedEvent;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Folds a clearance's facts in effect at an instant (see {@link Timeline}) into its state. */
public final class ClearanceTimeline {

    private ClearanceTimeline() {
    }

    public static Optional<ClearanceState> at(List<RecordedEvent> history, Perspective perspective) {
        List<RecordedEvent> facts = Timeline.inEffect(history, perspective);
        if (facts.isEmpty()) {
            return Optional.empty();
        }
        ClearanceRequested requested = (ClearanceRequested) facts.get(0).payload();
        ClearanceStatus status = null;
        String number = null;
        Instant validUntil = null;
        List<String> conditions = List.of();
        String denial = null;
        ClearanceSuspensionCause suspension = null;
        ClearanceClosureCause closure = null;
        List<Step> steps = new ArrayList<>();
        for (RecordedEvent fact : facts) {
            ClearanceEvent event = (ClearanceEvent) fact.payload();
            status = event.status();
            if (event instanceof ClearanceGranted granted) {
                number = granted.clearanceNumber();
                validUntil = granted.validUntil();
                conditions = granted.conditions();
            } else if (event instanceof ClearanceDenied denied) {
                denial = denied.reason();
            } else if (event instanceof ClearanceSuspended suspended) {
                suspension = suspended.cause();
            } else if (event instanceof ClearanceClosed closed) {
                closure = closed.cause();
            }
            if (status != ClearanceStatus.SUSPENDED) {
                suspension = null;
            }
            steps.add(Step.of(status, fact));
        }
        // in use between the first use and the end of the grant; a reader who may not see the grant (releasability)
        // sees a reinstatement to GRANTED without its end, and learns nothing of its validity
        boolean validNow = status == ClearanceStatus.GRANTED && validUntil != null
                && !perspective.asOf().isBefore(requested.firstUseAt()) && perspective.asOf().isBefore(validUntil);
        return Optional.of(new ClearanceState(requested.clearanceId(), requested.coalitionId(),
                facts.get(0).decision().exerciseId(), requested.userNation(), requested.grantingNation(),
                requested.kind(), requested.purpose(), requested.aircraft(), requested.firstUseAt(),
                requested.requiredNoticeDays(), requested.shortNotice(), status, number, validUntil, conditions,
                validNow, denial, suspension, closure, steps, Timeline.version(facts)));
    }
}
