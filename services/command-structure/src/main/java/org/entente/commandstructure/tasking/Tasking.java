package org.entente.commandstructure.tasking;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.EntityId;
import org.entente.commandstructure.authority.TaskingKind;
import org.entente.platform.decision.ActorAuthority;
import org.entente.platform.decision.DecisionMetadata;
import org.entente.platform.domain.NotPermitted;
import org.entente.platform.domain.RuleViolation;

import java.util.Objects;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * An order from a headquarters to a force. The operation checks the authority when it is given and ends it when that
 * authority goes; the red-card holder's approval or veto concerns only the tasking itself.
 */
public class Tasking {

    @EntityId
    private String taskingId;
    private String coalitionId;
    private String nodeId;
    private String forceId;
    private String nation;
    private TaskingKind kind;
    private String function;
    private String area;
    private String redCardHolder;
    private TaskingStatus status;

    Tasking() {
        // for snapshots
    }

    public Tasking(TaskingIssued issued) {
        this(issued.taskingId(), issued.coalitionId(), issued.nodeId(), issued.forceId(), issued.nation(),
                issued.kind(), issued.function(), issued.area());
        this.status = TaskingStatus.ISSUED;
    }

    public Tasking(TaskingAwaitingApproval pending) {
        this(pending.taskingId(), pending.coalitionId(), pending.nodeId(), pending.forceId(), pending.nation(),
                pending.kind(), pending.function(), pending.area());
        this.redCardHolder = pending.redCardHolder();
        this.status = TaskingStatus.PENDING_APPROVAL;
    }

    private Tasking(String taskingId, String coalitionId, String nodeId, String forceId, String nation,
                    TaskingKind kind, String function, String area) {
        this.taskingId = taskingId;
        this.coalitionId = coalitionId;
        this.nodeId = nodeId;
        this.forceId = forceId;
        this.nation = nation;
        this.kind = kind;
        this.function = function;
        this.area = area;
    }

    @CommandHandler
    void handle(ApproveTasking command, MetaData metaData) {
        requireHolderDeciding(metaData);
        apply(new TaskingApproved(command.operationId(), coalitionId, taskingId, forceId, nation, redCardHolder));
    }

    @CommandHandler
    void handle(VetoTasking command, MetaData metaData) {
        requireHolderDeciding(metaData);
        apply(new TaskingVetoed(command.operationId(), coalitionId, taskingId, forceId, nation, redCardHolder,
                command.reason()));
    }

    /**
     * A red card is the force's nation's: only an actor of that nation decides (the web layer has checked the role),
     * and only the holder the nation named in its policy when the tasking came to wait. Authority first, so a refused
     * actor learns nothing of the tasking's progress.
     */
    private void requireHolderDeciding(MetaData metaData) {
        ActorAuthority.of(metaData).requireActingFor(nation, "red-card decision on force " + forceId);
        Object actor = metaData.get(DecisionMetadata.ACTOR);
        // a tasking that never waited for a red card has no holder: nothing to decide, see below
        if (redCardHolder != null && (actor == null || !redCardHolder.equals(actor.toString()))) {
            throw new NotPermitted("only-the-red-card-holder-decides", nation + "'s red card for tasking "
                    + taskingId + " is held by " + redCardHolder + ", not " + actor);
        }
        if (status != TaskingStatus.PENDING_APPROVAL) {
            throw new RuleViolation("only-pending-taskings-are-decided", "tasking " + taskingId + " is " + status);
        }
    }

    @EventSourcingHandler
    void on(TaskingApproved event) {
        status = TaskingStatus.ISSUED;
    }

    @EventSourcingHandler
    void on(TaskingVetoed event) {
        status = TaskingStatus.VETOED;
    }

    @EventSourcingHandler
    void on(TaskingEnded event) {
        status = TaskingStatus.ENDED;
    }

    public String nodeId() {
        return nodeId;
    }

    public String forceId() {
        return forceId;
    }

    public TaskingKind kind() {
        return kind;
    }

    public String function() {
        return function;
    }

    public String area() {
        return area;
    }

    public TaskingStatus status() {
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
        if (!(o instanceof Tasking other)) {
            return false;
        }
        return Objects.equals(taskingId, other.taskingId) && Objects.equals(coalitionId, other.coalitionId) &&
                Objects.equals(nodeId, other.nodeId) && Objects.equals(forceId, other.forceId) &&
                Objects.equals(nation, other.nation) && Objects.equals(kind, other.kind) &&
                Objects.equals(function, other.function) && Objects.equals(area, other.area) &&
                Objects.equals(redCardHolder, other.redCardHolder) && Objects.equals(status, other.status);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(taskingId);
    }
}
