package org.entente.basing.view;

import org.entente.basing.sustainment.SustainmentClosed;
import org.entente.basing.sustainment.SustainmentClosureCause;
import org.entente.basing.sustainment.SustainmentDelivered;
import org.entente.basing.sustainment.SustainmentReflagged;
import org.entente.basing.sustainment.SustainmentRequested;
import org.entente.basing.sustainment.SustainmentShortfallFlagged;
import org.entente.basing.sustainment.SustainmentStatus;
import org.entente.platform.history.Perspective;
import org.entente.platform.history.RecordedEvent;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Folds a sustainment request's facts in effect at an instant (see {@link Timeline}) into its state. Deliveries are
 * summed here rather than taken from the running total each carries, so that a delivery counts from when it took effect
 * (see {@link Timeline}), not from the running total recorded with it.
 */
public final class SustainmentTimeline {

    private SustainmentTimeline() {
    }

    public static Optional<SustainmentState> at(List<RecordedEvent> history, Perspective perspective) {
        List<RecordedEvent> facts = Timeline.inEffect(history, perspective);
        if (facts.isEmpty()) {
            return Optional.empty();
        }
        SustainmentRequested requested = (SustainmentRequested) facts.get(0).payload();
        SustainmentStatus status = requested.status();
        BigDecimal delivered = BigDecimal.ZERO;
        String shortfallReason = null;
        List<SustainmentState.Reflag> reflags = new ArrayList<>();
        SustainmentClosureCause closure = null;
        List<Step> steps = new ArrayList<>();
        for (RecordedEvent fact : facts) {
            Object payload = fact.payload();
            if (payload instanceof SustainmentDelivered d) {
                delivered = delivered.add(d.quantity());
                status = delivered.compareTo(requested.quantity()) >= 0
                        ? SustainmentStatus.FULFILLED : SustainmentStatus.PARTLY_FULFILLED;
            } else if (payload instanceof SustainmentShortfallFlagged s) {
                status = s.status();
                shortfallReason = s.reason();
            } else if (payload instanceof SustainmentReflagged r) {
                status = r.status();
                reflags.add(new SustainmentState.Reflag(r.agreementId(), r.cause(), fact.effectiveTime(),
                        fact.decision().causationId()));
            } else if (payload instanceof SustainmentClosed c) {
                status = c.status();
                closure = c.cause();
            }
            steps.add(Step.of(status, fact));
        }
        BigDecimal outstanding = requested.quantity().subtract(delivered).max(BigDecimal.ZERO);
        boolean overdue = status.isOpen() && perspective.asOf().isAfter(requested.needBy());
        return Optional.of(new SustainmentState(requested.requestId(), requested.coalitionId(),
                facts.get(0).decision().exerciseId(), requested.forceId(), requested.nation(),
                requested.supplyClass(), requested.quantity(), requested.unit(), requested.needBy(),
                requested.agreementId(), requested.routeId(), status, delivered, outstanding, overdue,
                shortfallReason, reflags, closure, steps, Timeline.version(facts)));
    }
}
