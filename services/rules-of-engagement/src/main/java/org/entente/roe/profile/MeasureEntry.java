package org.entente.roe.profile;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.EntityId;
import org.entente.platform.domain.RuleViolation;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One measure in a profile, from its request to its end. The profile decides whether it may be requested (the
 * compendium, the nation's standing, duplicates); the entry handles its own steps.
 */
public class MeasureEntry {

    @EntityId
    private String requestId;
    private String coalitionId;
    private String measureCode;
    private String parameter;
    private String nation;
    private MeasureStatus status;

    MeasureEntry() {
        // for snapshots
    }

    MeasureEntry(MeasureRequested requested) {
        this.requestId = requested.requestId();
        this.coalitionId = requested.coalitionId();
        this.measureCode = requested.measureCode();
        this.parameter = requested.parameter();
        this.nation = requested.nation();
        this.status = MeasureStatus.REQUESTED;
    }

    @CommandHandler
    void handle(AuthoriseMeasure command, MetaData metaData) {
        if (status != MeasureStatus.REQUESTED) {
            throw new RuleViolation("only-requested-measures-are-authorised", "measure " + measureCode + " ("
                    + requestId + ") is " + status);
        }
        Authority.require(metaData, "authorisation-names-its-authority", "authorising measure " + measureCode);
        apply(new MeasureAuthorised(command.operationId(), coalitionId, requestId, measureCode));
    }

    @CommandHandler
    void handle(ImplementMeasure command) {
        if (status != MeasureStatus.AUTHORISED) {
            throw new RuleViolation("only-authorised-measures-are-implemented", "measure " + measureCode + " ("
                    + requestId + ") is " + status + "; it must be authorised first");
        }
        apply(new MeasureImplemented(command.operationId(), coalitionId, requestId, measureCode));
    }

    @CommandHandler
    void handle(CancelMeasure command) {
        if (!status.open()) {
            throw new RuleViolation("only-open-measures-are-cancelled", "measure " + measureCode + " ("
                    + requestId + ") is already " + status);
        }
        apply(new MeasureCancelled(command.operationId(), coalitionId, requestId, measureCode, command.reason()));
    }

    @EventSourcingHandler
    void on(MeasureAuthorised event) {
        status = MeasureStatus.AUTHORISED;
    }

    @EventSourcingHandler
    void on(MeasureImplemented event) {
        status = MeasureStatus.IMPLEMENTED;
    }

    @EventSourcingHandler
    void on(MeasureCancelled event) {
        status = MeasureStatus.CANCELLED;
    }

    @EventSourcingHandler
    void on(MeasureRequestClosed event) {
        status = MeasureStatus.CLOSED;
    }

    String requestId() {
        return requestId;
    }

    String measureCode() {
        return measureCode;
    }

    String parameter() {
        return parameter;
    }

    String nation() {
        return nation;
    }

    MeasureStatus status() {
        return status;
    }
}
