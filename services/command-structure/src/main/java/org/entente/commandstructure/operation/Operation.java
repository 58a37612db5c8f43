package org.entente.commandstructure.operation;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.modelling.command.ForwardMatchingInstances;
import org.axonframework.spring.stereotype.Aggregate;
import org.entente.commandstructure.authority.AuthorityTable;
import org.entente.commandstructure.authority.ForcePlacedUnderAuthority;
import org.entente.commandstructure.authority.ForcePlacement;
import org.entente.commandstructure.authority.ForceRecalled;
import org.entente.commandstructure.authority.ForceReturnedToNationalCommand;
import org.entente.commandstructure.authority.PlaceForceUnderAuthority;
import org.entente.commandstructure.authority.RecallForce;
import org.entente.commandstructure.authority.ReturnCause;
import org.entente.commandstructure.headquarters.EstablishHeadquarters;
import org.entente.commandstructure.headquarters.Headquarters;
import org.entente.commandstructure.headquarters.HeadquartersEstablished;
import org.entente.commandstructure.headquarters.Level;
import org.entente.commandstructure.tasking.RedCardPolicy;
import org.entente.commandstructure.tasking.RedCardPolicySet;
import org.entente.commandstructure.tasking.SetRedCardPolicy;
import org.entente.commandstructure.tasking.TaskForce;
import org.entente.commandstructure.tasking.Tasking;
import org.entente.commandstructure.tasking.TaskingAwaitingApproval;
import org.entente.commandstructure.tasking.TaskingEndCause;
import org.entente.commandstructure.tasking.TaskingEnded;
import org.entente.commandstructure.tasking.TaskingIssued;
import org.entente.platform.decision.ActorAuthority;
import org.entente.platform.decision.DecisionTime;
import org.entente.platform.domain.CommandTargets;
import org.entente.platform.domain.RuleViolation;
import org.entente.platform.domain.UnknownEntity;
import org.entente.platform.exercise.ExerciseBoundary;
import org.entente.platform.roster.CoalitionCheck;
import org.entente.platform.roster.CoalitionRoster;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * An operation of a coalition: the consistency boundary of its command tree, the transfers of authority over national
 * forces and the taskings given under that authority. Forces are placed only by active members (per the roster) and
 * only their own; a tasking must fit the degree and scope the force was placed with and come from its chain of
 * command; when a force leaves coalition authority its taskings end with it; nothing changes once it is closed.
 *
 * <p>Who may decide (the web layer has checked the role already): the council of the operation's coalition
 * establishes, leads, structures and closes it; a nation alone places, recalls and sets the red card of its forces; a
 * headquarters' orders come from a commander of the nation commanding it. Authority is checked before the other
 * rules of a command (only the exercise boundary, the closed state and unknown records come first, which every
 * reader can see anyway), so a refused actor learns nothing more from the refusal.
 */
@Aggregate(snapshotTriggerDefinition = "operationSnapshotTrigger", cache = "aggregateCache",
        commandTargetResolver = CommandTargets.BY_VERSION)
public class Operation {

    @AggregateIdentifier
    private String operationId;
    private String coalitionId;
    private String exerciseId;
    /** When the record began: its first event's effective time. */
    private Instant beganAt;
    private OperationStatus status;
    private String leadNation;
    private Map<String, Headquarters> headquarters = new LinkedHashMap<>();
    private Map<String, RedCardPolicy> redCardPolicies = new LinkedHashMap<>();
    @AggregateMember(eventForwardingMode = ForwardMatchingInstances.class)
    private Map<String, ForcePlacement> forces = new LinkedHashMap<>();
    @AggregateMember(eventForwardingMode = ForwardMatchingInstances.class)
    private Map<String, Tasking> taskings = new LinkedHashMap<>();

    Operation() {
        // for Axon
    }

    @CommandHandler
    Operation(EstablishOperation command, MetaData metaData, CoalitionRoster roster) {
        ActorAuthority.of(metaData).requireCouncilOf(command.coalitionId(), "establishing an operation");
        CoalitionCheck.requireOpen(roster, command.coalitionId(), metaData);
        if (command.leadNation() != null) {
            requireLeadable(roster, command.coalitionId(), command.leadNation());
        }
        apply(new OperationEstablished(command.operationId(), command.coalitionId(), command.name()));
        if (command.leadNation() != null) {
            apply(new LeadNationDesignated(command.operationId(), command.coalitionId(), command.leadNation(), null));
        }
    }

    /** Runs before every command of the operation and its entities. */
    @CommandHandlerInterceptor
    Object guard(CommandMessage<?> command, InterceptorChain chain) throws Exception {
        ExerciseBoundary.check(exerciseId, command.getMetaData(), "operation " + operationId);
        DecisionTime.requireWithinRecord(beganAt, command.getMetaData(), "operation " + operationId);
        if (status == OperationStatus.CLOSED) {
            if (command.getPayload() instanceof Cascade cascade && cascade.followsElsewhere()) {
                return null; // the closure already returned every force: nothing is left to do
            }
            throw new RuleViolation("closed-operations-stay-closed", "operation " + operationId + " is closed");
        }
        return chain.proceed();
    }

    // ---- lead nation -----------------------------------------------------------------------------------------

    @CommandHandler
    void handle(DesignateLeadNation command, MetaData metaData, CoalitionRoster roster) {
        ActorAuthority.of(metaData).requireCouncilOf(coalitionId, "designating the lead nation");
        if (command.nation().equals(leadNation)) {
            throw new RuleViolation("a-new-lead-nation-differs", command.nation() + " already leads");
        }
        requireLeadable(roster, coalitionId, command.nation());
        apply(new LeadNationDesignated(operationId, coalitionId, command.nation(), leadNation));
    }

    private static void requireLeadable(CoalitionRoster roster, String coalitionId, String nation) {
        if (!roster.standing(coalitionId, nation).isActiveMember()) {
            throw new RuleViolation("the-lead-nation-is-an-active-member", nation + " is "
                    + roster.standing(coalitionId, nation) + " in coalition " + coalitionId);
        }
    }

    // ---- command tree ----------------------------------------------------------------------------------------

    @CommandHandler
    void handle(EstablishHeadquarters command, MetaData metaData, CoalitionRoster roster) {
        // The command tree, and which nation commands each headquarters, is the council's decision, as the lead is.
        ActorAuthority.of(metaData).requireCouncilOf(coalitionId, "establishing a headquarters");
        if (command.level() == Level.STRATEGIC) {
            if (command.parentNodeId() != null) {
                throw new RuleViolation("the-strategic-headquarters-is-the-top",
                        "a strategic headquarters has no parent");
            }
            if (headquarters.values().stream().anyMatch(h -> h.level() == Level.STRATEGIC)) {
                throw new RuleViolation("one-strategic-headquarters-per-operation",
                        "operation " + operationId + " has its strategic headquarters already");
            }
        } else {
            if (command.parentNodeId() == null) {
                throw new RuleViolation("the-strategic-headquarters-is-the-top", "only the strategic headquarters "
                        + "is at the top; a " + command.level() + " headquarters needs a parent");
            }
            Headquarters parent = requireHeadquarters(command.parentNodeId());
            if (!command.level().isBelow(parent.level())) {
                throw new RuleViolation("a-headquarters-sits-below-its-parent", "a " + command.level()
                        + " headquarters cannot sit under " + parent.level() + " headquarters " + parent.nodeId());
            }
        }
        if (!roster.standing(coalitionId, command.commanderNation()).isActiveMember()) {
            throw new RuleViolation("headquarters-are-commanded-by-active-members", command.commanderNation()
                    + " is " + roster.standing(coalitionId, command.commanderNation()) + " in the coalition");
        }
        apply(new HeadquartersEstablished(operationId, coalitionId, command.nodeId(), command.name(), command.level(),
                command.component(), command.commanderNation(), command.parentNodeId()));
    }

    // ---- transfer of authority -------------------------------------------------------------------------------

    @CommandHandler
    void handle(PlaceForceUnderAuthority command, MetaData metaData, CoalitionRoster roster) {
        ActorAuthority.of(metaData).requireActingFor(command.nation(), "transfer of authority over a force");
        CoalitionCheck.requireActiveMember(roster, coalitionId, command.nation(), "only-active-members-place-forces",
                "place forces under coalition authority");
        requireHeadquarters(command.nodeId());
        ForcePlacement existing = forces.get(command.forceId());
        if (existing != null && !existing.nation().equals(command.nation())) {
            throw new RuleViolation("a-force-belongs-to-one-nation", "force " + command.forceId() + " is "
                    + existing.nation() + "'s");
        }
        if (existing != null && existing.sameAs(command)) {
            throw new RuleViolation("a-new-placement-changes-something", "force " + command.forceId()
                    + " is placed exactly so already");
        }
        apply(new ForcePlacedUnderAuthority(operationId, coalitionId, command.forceId(), command.nation(),
                command.forceType(), command.size(), command.nodeId(), command.degree(), command.functions(),
                command.area(), command.from(), command.until()));
        if (existing != null) {
            // taskings given under the previous placement stay only where the new one still allows them
            ForcePlacement replaced = forces.get(command.forceId());
            openTaskings(command.forceId()).stream()
                    .filter(id -> taskingRefused(replaced, id))
                    .forEach(id -> apply(new TaskingEnded(operationId, coalitionId, id, command.forceId(),
                            TaskingEndCause.AUTHORITY_CHANGED)));
        }
    }

    private boolean taskingRefused(ForcePlacement placement, String taskingId) {
        Tasking tasking = taskings.get(taskingId);
        return placement.refusal(AuthorityTable.STANDARD, tasking.nodeId(), chainOfCommand(placement.nodeId()),
                tasking.kind(), tasking.function(), tasking.area(), null).isPresent();
    }

    @CommandHandler
    void handle(RecallForce command, MetaData metaData) {
        ForcePlacement force = requireForce(command.forceId());
        ActorAuthority.of(metaData).requireActingFor(force.nation(), "recall of force " + force.forceId());
        if (!force.underCoalitionAuthority()) {
            throw new RuleViolation("only-forces-under-coalition-authority-are-recalled", "force "
                    + command.forceId() + " is " + force.status());
        }
        apply(new ForceRecalled(operationId, coalitionId, force.forceId(), force.nation(), command.reason()));
        endTaskings(force.forceId(), TaskingEndCause.FORCE_RECALLED);
    }

    @CommandHandler
    void handle(ReturnNationalForces command) {
        forcesUnderAuthority().stream().filter(f -> f.nation().equals(command.nation()))
                .forEach(force -> returnForce(force, command.cause()));
        if (command.nation().equals(leadNation)) {
            apply(new LeadNationVacated(operationId, coalitionId, command.nation(), command.cause()));
        }
    }

    private void returnForce(ForcePlacement force, ReturnCause cause) {
        apply(new ForceReturnedToNationalCommand(operationId, coalitionId, force.forceId(), force.nation(), cause));
        endTaskings(force.forceId(), cause == ReturnCause.OPERATION_CLOSED
                ? TaskingEndCause.OPERATION_CLOSED : TaskingEndCause.RETURNED_TO_NATIONAL_COMMAND);
    }

    // ---- taskings --------------------------------------------------------------------------------------------

    @CommandHandler
    void handle(TaskForce command, MetaData metaData) {
        Headquarters giving = requireHeadquarters(command.nodeId());
        // A commander serving this operation's coalition; the authority was transferred to this headquarters, so its
        // orders are given by its commander's nation.
        ActorAuthority.of(metaData).requireCommanderOf(coalitionId, "tasking in operation " + operationId);
        ActorAuthority.of(metaData).requireActingFor(giving.commanderNation(),
                "tasking from headquarters " + giving.nodeId());
        ForcePlacement force = requireForce(command.forceId());
        if (!force.underCoalitionAuthority()) {
            throw new RuleViolation("only-forces-under-coalition-authority-are-tasked", "force " + command.forceId()
                    + " is " + force.status());
        }
        force.refusal(AuthorityTable.STANDARD, command.nodeId(), chainOfCommand(force.nodeId()), command.kind(),
                command.function(), command.area(), DecisionTime.of(metaData)).ifPresent(violation -> {
                    throw violation;
                });
        // a tasking that names no area is bound to the placement's: it records that area, never none
        String area = command.area() == null ? force.area() : command.area();
        RedCardPolicy policy = redCardPolicies.get(force.nation());
        if (policy != null && policy.needsApproval(command.kind())) {
            apply(new TaskingAwaitingApproval(operationId, coalitionId, command.taskingId(), command.nodeId(),
                    force.forceId(), force.nation(), command.kind(), command.function(), area,
                    command.description(), policy.holder()));
        } else {
            apply(new TaskingIssued(operationId, coalitionId, command.taskingId(), command.nodeId(), force.forceId(),
                    force.nation(), command.kind(), command.function(), area, command.description()));
        }
    }

    @CommandHandler
    void handle(SetRedCardPolicy command, MetaData metaData, CoalitionRoster roster) {
        ActorAuthority.of(metaData).requireActingFor(command.nation(), "red-card policy");
        CoalitionCheck.requireActiveMember(roster, coalitionId, command.nation(), "only-active-members-set-red-cards",
                "set red cards");
        apply(new RedCardPolicySet(operationId, coalitionId, command.nation(), command.holder(),
                command.taskingKinds()));
    }

    // ---- closure ---------------------------------------------------------------------------------------------

    @CommandHandler
    void handle(CloseOperation command, MetaData metaData) {
        // A dissolution reaches here as the service's reaction, which the council check lets through.
        ActorAuthority.of(metaData).requireCouncilOf(coalitionId, "closing the operation");
        forcesUnderAuthority().forEach(force -> returnForce(force, ReturnCause.OPERATION_CLOSED));
        apply(new OperationClosed(operationId, coalitionId, command.cause()));
    }

    // ---- helpers ---------------------------------------------------------------------------------------------

    private Headquarters requireHeadquarters(String nodeId) {
        Headquarters found = headquarters.get(nodeId);
        if (found == null) {
            throw new UnknownEntity("operation " + operationId + " has no headquarters " + nodeId);
        }
        return found;
    }

    private ForcePlacement requireForce(String forceId) {
        ForcePlacement force = forces.get(forceId);
        if (force == null) {
            throw new UnknownEntity("no force " + forceId + " was ever placed in operation " + operationId);
        }
        return force;
    }

    /** The headquarters {@code nodeId} and every one above it, up to the strategic headquarters. */
    private List<String> chainOfCommand(String nodeId) {
        List<String> chain = new ArrayList<>();
        for (String at = nodeId; at != null && !chain.contains(at); ) {
            chain.add(at);
            Headquarters node = headquarters.get(at);
            at = node == null ? null : node.parentNodeId();
        }
        return chain;
    }

    private List<ForcePlacement> forcesUnderAuthority() {
        return forces.values().stream().filter(ForcePlacement::underCoalitionAuthority).toList();
    }

    private List<String> openTaskings(String forceId) {
        return taskings.entrySet().stream()
                .filter(e -> e.getValue().forceId().equals(forceId) && e.getValue().status().isOpen())
                .map(Map.Entry::getKey).toList();
    }

    private void endTaskings(String forceId, TaskingEndCause cause) {
        openTaskings(forceId).forEach(id -> apply(new TaskingEnded(operationId, coalitionId, id, forceId, cause)));
    }

    /** When the command takes effect: the decision's effective time, else now (as it will be recorded). */
    // ---- state -----------------------------------------------------------------------------------------------

    @EventSourcingHandler
    void on(OperationEstablished event, MetaData metaData, @Timestamp Instant recordedAt) {
        beganAt = DecisionTime.of(metaData, recordedAt);
        operationId = event.operationId();
        coalitionId = event.coalitionId();
        exerciseId = ExerciseBoundary.of(metaData);
        status = OperationStatus.OPEN;
    }

    @EventSourcingHandler
    void on(LeadNationDesignated event) {
        leadNation = event.nation();
    }

    @EventSourcingHandler
    void on(LeadNationVacated event) {
        leadNation = null;
    }

    @EventSourcingHandler
    void on(HeadquartersEstablished event) {
        headquarters.put(event.nodeId(), Headquarters.of(event));
    }

    @EventSourcingHandler
    void on(ForcePlacedUnderAuthority event, MetaData metaData, @Timestamp Instant recordedAt) {
        forces.computeIfAbsent(event.forceId(), id -> new ForcePlacement(event,
                DecisionTime.of(metaData, recordedAt)));
    }

    @EventSourcingHandler
    void on(TaskingIssued event) {
        taskings.put(event.taskingId(), new Tasking(event));
    }

    @EventSourcingHandler
    void on(TaskingAwaitingApproval event) {
        taskings.put(event.taskingId(), new Tasking(event));
    }

    @EventSourcingHandler
    void on(RedCardPolicySet event) {
        redCardPolicies.put(event.nation(), RedCardPolicy.of(event));
    }

    @EventSourcingHandler
    void on(OperationClosed event) {
        status = OperationStatus.CLOSED;
    }
}
