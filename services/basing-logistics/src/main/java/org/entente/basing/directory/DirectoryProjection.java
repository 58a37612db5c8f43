package org.entente.basing.directory;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.entente.basing.agreement.AgreementEvent;
import org.entente.basing.agreement.BasingAgreementRequested;
import org.entente.basing.clearance.ClearanceEvent;
import org.entente.basing.clearance.ClearanceRequested;
import org.entente.basing.route.SupplyRouteOpened;
import org.entente.basing.route.SupplyRouteRetired;
import org.entente.basing.route.SupplyRouteStatusChanged;
import org.entente.basing.sustainment.SustainmentClosed;
import org.entente.basing.sustainment.SustainmentDelivered;
import org.entente.basing.sustainment.SustainmentReflagged;
import org.entente.basing.sustainment.SustainmentRequested;
import org.entente.basing.sustainment.SustainmentShortfallFlagged;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * Keeps the {@link BasingDirectory} from this service's own events. Its processing group is subscribing (see
 * BasingConfiguration): it runs in the unit of work of the command that applied the event, so the rows commit or roll
 * back with the events, and a failure here fails the command instead of being logged and skipped.
 */
@Component
@ProcessingGroup(DirectoryProjection.GROUP)
public class DirectoryProjection {

    public static final String GROUP = "basing-directory";

    private final BasingDirectory directory;

    public DirectoryProjection(BasingDirectory directory) {
        this.directory = directory;
    }

    @EventHandler
    void on(BasingAgreementRequested event, @Timestamp Instant at) {
        directory.agreementRequested(event.agreementId(), event.coalitionId(), event.hostNation(), event.site(),
                event.status().name(), event.permittedActivities(), event.validFrom(), event.validUntil(), at);
    }

    @EventHandler
    void on(AgreementEvent event) {
        directory.agreementChanged(event.agreementId(), event.status().name(), event.permittedActivities(),
                event.validFrom(), event.validUntil());
    }

    @EventHandler
    void on(ClearanceRequested event, @Timestamp Instant at) {
        directory.clearanceRequested(event.clearanceId(), event.coalitionId(), event.userNation(),
                event.grantingNation(), event.status().name(), at);
    }

    @EventHandler
    void on(ClearanceEvent event) {
        directory.clearanceChanged(event.clearanceId(), event.status().name());
    }

    @EventHandler
    void on(SupplyRouteOpened event, @Timestamp Instant at) {
        directory.routeOpened(event.routeId(), event.coalitionId(), event.name(), event.agreementId(),
                event.status().name(), at);
    }

    @EventHandler
    void on(SupplyRouteStatusChanged event) {
        directory.routeChanged(event.routeId(), event.status().name(), false);
    }

    @EventHandler
    void on(SupplyRouteRetired event) {
        directory.routeChanged(event.routeId(), event.status().name(), true);
    }

    @EventHandler
    void on(SustainmentRequested event, @Timestamp Instant at) {
        directory.sustainmentRequested(event.requestId(), event.coalitionId(), event.agreementId(), event.routeId(),
                event.status().name(), at);
    }

    @EventHandler
    void on(SustainmentDelivered event) {
        directory.sustainmentChanged(event.requestId(), event.status().name());
    }

    @EventHandler
    void on(SustainmentShortfallFlagged event) {
        directory.sustainmentChanged(event.requestId(), event.status().name());
    }

    @EventHandler
    void on(SustainmentReflagged event) {
        directory.sustainmentChanged(event.requestId(), event.status().name());
    }

    @EventHandler
    void on(SustainmentClosed event) {
        directory.sustainmentChanged(event.requestId(), event.status().name());
    }
}
