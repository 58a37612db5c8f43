package org.entente.basing.view;

import org.entente.basing.route.RouteStatus;
import org.entente.basing.route.SupplyRouteOpened;
import org.entente.basing.route.SupplyRouteRetired;
import org.entente.basing.route.SupplyRouteStatusChanged;
import org.entente.platform.history.Perspective;
import org.entente.platform.history.RecordedEvent;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Folds a route's facts in effect at an instant (see {@link Timeline}) into its state. */
public final class RouteTimeline {

    private RouteTimeline() {
    }

    public static Optional<RouteState> at(List<RecordedEvent> history, Perspective perspective) {
        List<RecordedEvent> facts = Timeline.inEffect(history, perspective);
        if (facts.isEmpty()) {
            return Optional.empty();
        }
        SupplyRouteOpened opened = (SupplyRouteOpened) facts.get(0).payload();
        RouteStatus status = opened.status();
        boolean retired = false;
        String reason = null;
        List<Step> steps = new ArrayList<>();
        for (RecordedEvent fact : facts) {
            if (fact.payload() instanceof SupplyRouteStatusChanged changed) {
                status = changed.status();
                reason = changed.reason();
            } else if (fact.payload() instanceof SupplyRouteRetired retirement) {
                status = retirement.status();
                retired = true;
            }
            steps.add(Step.of(status, fact));
        }
        return Optional.of(new RouteState(opened.routeId(), opened.coalitionId(), facts.get(0).decision().exerciseId(),
                opened.name(), opened.origin(), opened.destination(), opened.mode(), opened.dailyCapacityTonnes(),
                status, opened.agreementId(), retired, reason, steps, Timeline.version(facts)));
    }
}
