package org.entente.roe.profile;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.EntityId;
import org.entente.platform.decision.ActorAuthority;
import org.entente.platform.decision.Roles;
import org.entente.platform.domain.RuleViolation;

import java.util.Objects;

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
        ActorAuthority.of(metaData).requireCouncilOf(coalitionId, "authorising measure " + measureCode);
        if (status != MeasureStatus.REQUESTED) {
            throw new RuleViolation("only-requested-measures-are-authorised", "measure " + measureCode + " ("
                    + requestId + ") is " + status);
        }
        apply(new MeasureAuthorised(command.operationId(), coalitionId, requestId, measureCode));
    }

    @CommandHandler
    void handle(ImplementMeasure command, MetaData metaData) {
        ActorAuthority.of(metaData).requireCommanderOf(coalitionId, "implementing measure " + measureCode);
        if (status != MeasureStatus.AUTHORISED) {
            throw new RuleViolation("only-authorised-measures-are-implemented", "measure " + measureCode + " ("
                    + requestId + ") is " + status + "; it must be authorised first");
        }
        apply(new MeasureImplemented(command.operationId(), coalitionId, requestId, measureCode));
    }

    @CommandHandler
    void handle(CancelMeasure command, MetaData metaData) {
        requireMayCancel(ActorAuthority.of(metaData));
        if (!status.open()) {
            throw new RuleViolation("only-open-measures-are-cancelled", "measure " + measureCode + " ("
                    + requestId + ") is already " + status);
        }
        apply(new MeasureCancelled(command.operationId(), coalitionId, requestId, measureCode, command.reason()));
    }

    /**
     * A commander serving the profile's coalition may withdraw his own nation's request while it awaits authorisation
     * (the scope first, then the nation). The council of the profile's coalition may cancel any measure, and once one
     * is authorised only the council takes it back.
     */
    private void requireMayCancel(ActorAuthority actor) {
        boolean authorised = status == MeasureStatus.AUTHORISED || status == MeasureStatus.IMPLEMENTED;
        if (!authorised && actor.hasRole(Roles.COMMANDER) && !actor.isCouncilOf(coalitionId)) {
            actor.requireCommanderOf(coalitionId, "withdrawal of a measure request");
            actor.requireActingFor(nation, "withdrawal of a measure request");
        } else {
            actor.requireCouncilOf(coalitionId, "cancelling measure " + measureCode
                    + (authorised ? " once authorised" : ""));
        }
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

    /**
     * The same state, field by field: what the aggregate fixtures compare when they rebuild the aggregate from its
     * events (an entity's identity alone would hide a field one handler sets and another forgets).
     */
    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof MeasureEntry other)) {
            return false;
        }
        return Objects.equals(requestId, other.requestId) && Objects.equals(coalitionId, other.coalitionId) &&
                Objects.equals(measureCode, other.measureCode) && Objects.equals(parameter, other.parameter) &&
                Objects.equals(nation, other.nation) && Objects.equals(status, other.status);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(requestId);
    }
}
