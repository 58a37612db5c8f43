package org.entente.commandstructure.view;

import org.entente.commandstructure.authority.Degree;
import org.entente.commandstructure.authority.ForcePlacedUnderAuthority;
import org.entente.commandstructure.authority.ForceRecalled;
import org.entente.commandstructure.authority.ForceReturnedToNationalCommand;
import org.entente.commandstructure.authority.ForceStatus;
import org.entente.commandstructure.authority.TaskingKind;
import org.entente.commandstructure.headquarters.Component;
import org.entente.commandstructure.headquarters.HeadquartersEstablished;
import org.entente.commandstructure.headquarters.Level;
import org.entente.commandstructure.operation.ClosureCause;
import org.entente.commandstructure.operation.LeadNationDesignated;
import org.entente.commandstructure.operation.LeadNationVacated;
import org.entente.commandstructure.operation.OperationClosed;
import org.entente.commandstructure.operation.OperationEstablished;
import org.entente.commandstructure.operation.OperationStatus;
import org.entente.commandstructure.tasking.RedCardPolicySet;
import org.entente.commandstructure.tasking.TaskingApproved;
import org.entente.commandstructure.tasking.TaskingAwaitingApproval;
import org.entente.commandstructure.tasking.TaskingEndCause;
import org.entente.commandstructure.tasking.TaskingEnded;
import org.entente.commandstructure.tasking.TaskingIssued;
import org.entente.commandstructure.tasking.TaskingStatus;
import org.entente.commandstructure.tasking.TaskingVetoed;
import org.entente.platform.history.RecordedEvent;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * An operation folded from the facts in effect at one instant. Unlike the aggregate it checks no rule: it reads what
 * was recorded, in effective-time order, and tolerates what the aggregate would refuse (a backdated placement under a
 * headquarters established later in effective time): such a fact shows as it reads, and never fails the read. An end
 * dated before what it ends comes in after it, as the timeline orders it.
 * <p>
 * The history it is folded from is the reader's (releasability, platform {@code EventHistory}): facts not releasable
 * to them are left out, so a later fact may refer to something they never saw created — a recall or return of a force
 * whose placement was restricted, a decision on or end of a restricted tasking, a force placed under a restricted
 * headquarters. Such a fact is ignored (the force or tasking stays unknown to them) or shown as far as it reads (a
 * force under an unknown headquarters is listed apart, its chain of command empty); it never fails the read.
 */
public final class OperationView {

    private String operationId;
    private String coalitionId;
    private String name;
    private String exerciseId;
    private OperationStatus status;
    private String leadNation;
    private Instant establishedAt;
    private Instant closedAt;
    private ClosureCause closureCause;
    private long version = -1;
    private final long knownVersion;
    private final Map<String, NodeRecord> nodes = new LinkedHashMap<>();
    private final Map<String, ForceRecord> forces = new LinkedHashMap<>();
    private final Map<String, TaskingRecord> taskings = new LinkedHashMap<>();
    private final Map<String, RedCardPolicyState> redCardPolicies = new TreeMap<>();

    OperationView(long knownVersion) {
        this.knownVersion = knownVersion;
    }

    /**
     * Folds one event in, {@code at} being when it is taken as in effect: its effective time, or for an end dated
     * before what it ends, that (see {@link OperationTimeline}).
     */
    void apply(RecordedEvent event, Instant at) {
        version = Math.max(version, event.sequence());
        Object payload = event.payload();
        if (payload instanceof OperationEstablished e) {
            operationId = e.operationId();
            coalitionId = e.coalitionId();
            name = e.name();
            exerciseId = event.decision().exerciseId();
            status = OperationStatus.OPEN;
            establishedAt = at;
        } else if (payload instanceof LeadNationDesignated e) {
            leadNation = e.nation();
        } else if (payload instanceof LeadNationVacated e) {
            leadNation = null;
        } else if (payload instanceof HeadquartersEstablished e) {
            nodes.put(e.nodeId(), new NodeRecord(e, at));
        } else if (payload instanceof ForcePlacedUnderAuthority e) {
            forces.computeIfAbsent(e.forceId(), id -> new ForceRecord(e)).placed(e, event);
        } else if (payload instanceof ForceRecalled e) {
            force(e.forceId()).ifPresent(f -> f.left(ForceStatus.RECALLED, "RECALLED", at));
        } else if (payload instanceof ForceReturnedToNationalCommand e) {
            force(e.forceId()).ifPresent(f -> f.left(ForceStatus.RETURNED_TO_NATIONAL_COMMAND, e.cause().name(), at));
        } else if (payload instanceof RedCardPolicySet e) {
            redCardPolicies.put(e.nation(), new RedCardPolicyState(e.nation(), e.holder(), e.taskingKinds(), at));
        } else if (payload instanceof TaskingIssued e) {
            taskings.put(e.taskingId(), new TaskingRecord(e.taskingId(), e.nodeId(), e.forceId(), e.nation(),
                    e.kind(), e.function(), e.area(), e.description(), TaskingStatus.ISSUED, null, event));
        } else if (payload instanceof TaskingAwaitingApproval e) {
            taskings.put(e.taskingId(), new TaskingRecord(e.taskingId(), e.nodeId(), e.forceId(), e.nation(),
                    e.kind(), e.function(), e.area(), e.description(), TaskingStatus.PENDING_APPROVAL,
                    e.redCardHolder(), event));
        } else if (payload instanceof TaskingApproved e) {
            tasking(e.taskingId()).ifPresent(t -> t.decided(TaskingStatus.ISSUED, null, event));
        } else if (payload instanceof TaskingVetoed e) {
            tasking(e.taskingId()).ifPresent(t -> t.decided(TaskingStatus.VETOED, e.reason(), event));
        } else if (payload instanceof TaskingEnded e) {
            tasking(e.taskingId()).ifPresent(t -> t.ended(e.cause(), at));
        } else if (payload instanceof OperationClosed e) {
            status = OperationStatus.CLOSED;
            closedAt = at;
            closureCause = e.cause();
        }
    }

    /** Headquarters never change commander, so the commander is looked up when read. */
    private String commanderOf(String nodeId) {
        NodeRecord node = nodes.get(nodeId);
        return node == null ? null : node.commanderNation;
    }

    private Optional<ForceRecord> force(String forceId) {
        return Optional.ofNullable(forces.get(forceId));
    }

    private Optional<TaskingRecord> tasking(String taskingId) {
        return Optional.ofNullable(taskings.get(taskingId));
    }

    public boolean exists() {
        return operationId != null;
    }

    public String operationId() {
        return operationId;
    }

    public String coalitionId() {
        return coalitionId;
    }

    public OperationStatus status() {
        return status;
    }

    /** The last event this state includes. */
    public long version() {
        return version;
    }

    /** The last event recorded by the perspective's knownAt, in effect or not: read now, the aggregate's version. */
    public long knownVersion() {
        return knownVersion;
    }

    public OperationState state() {
        int underAuthority = (int) forces.values().stream().filter(f -> f.status.underCoalitionAuthority()).count();
        int open = (int) taskings.values().stream().filter(t -> t.status.isOpen()).count();
        return new OperationState(operationId, coalitionId, name, exerciseId, status, leadNation, establishedAt,
                closedAt, closureCause, nodes.size(), underAuthority, open, version);
    }

    public OrderOfBattle orderOfBattle(Instant asOf, Instant knownAt) {
        Map<String, List<NodeState.PlacedForce>> byNode = new LinkedHashMap<>();
        List<NodeState.PlacedForce> unattached = new ArrayList<>();
        for (ForceRecord force : forces.values()) {
            if (force.status.underCoalitionAuthority()) {
                (nodes.containsKey(force.nodeId) ? byNode.computeIfAbsent(force.nodeId, k -> new ArrayList<>())
                        : unattached).add(force.placed());
            }
        }
        List<NodeState> tree = nodes.values().stream()
                .filter(n -> n.parentNodeId == null || !nodes.containsKey(n.parentNodeId))
                .map(n -> node(n, byNode, 0)).toList();
        return new OrderOfBattle(operationId, leadNation, asOf, knownAt, tree, unattached);
    }

    private NodeState node(NodeRecord node, Map<String, List<NodeState.PlacedForce>> byNode, int depth) {
        List<NodeState> subordinates = depth > nodes.size() ? List.of() : nodes.values().stream()
                .filter(n -> node.nodeId.equals(n.parentNodeId))
                .map(n -> node(n, byNode, depth + 1)).toList();
        return new NodeState(node.nodeId, node.name, node.level, node.component, node.commanderNation,
                node.parentNodeId, node.establishedAt, byNode.getOrDefault(node.nodeId, List.of()), subordinates);
    }

    public List<ForceState> forces() {
        return forces.values().stream().map(f -> f.state(this::commanderOf)).toList();
    }

    public Optional<ForceState> forceState(String forceId) {
        return force(forceId).map(f -> f.state(this::commanderOf));
    }

    /** The force's headquarters and each above it; empty when the force is not under coalition authority. */
    public Optional<ChainOfCommand> chainOfCommand(String forceId) {
        return force(forceId).map(force -> {
            List<CommandLink> chain = new ArrayList<>();
            if (force.status.underCoalitionAuthority()) {
                for (String at = force.nodeId; at != null && chain.size() <= nodes.size(); ) {
                    NodeRecord node = nodes.get(at);
                    if (node == null) {
                        break;
                    }
                    chain.add(new CommandLink(node.nodeId, node.name, node.level, node.component,
                            node.commanderNation));
                    at = node.parentNodeId;
                }
            }
            return new ChainOfCommand(force.forceId, force.nation, force.status,
                    force.status.underCoalitionAuthority() ? force.degree : null, chain);
        });
    }

    /** Forces under coalition authority, grouped by nation and degree. */
    public List<ForceSummary> forceSummary() {
        Map<String, Map<Degree, List<ForceRecord>>> grouped = new TreeMap<>();
        forces.values().stream().filter(f -> f.status.underCoalitionAuthority())
                .forEach(f -> grouped.computeIfAbsent(f.nation, k -> new TreeMap<>())
                        .computeIfAbsent(f.degree, k -> new ArrayList<>()).add(f));
        List<ForceSummary> summary = new ArrayList<>();
        grouped.forEach((nation, byDegree) -> byDegree.forEach((degree, list) -> summary.add(new ForceSummary(
                nation, degree, list.size(), list.stream().mapToLong(f -> f.size).sum(),
                list.stream().map(f -> f.forceId).toList()))));
        return summary;
    }

    public List<TaskingState> taskings() {
        return taskings.values().stream().map(TaskingRecord::state)
                .sorted(Comparator.comparing(TaskingState::taskedAt)).toList();
    }

    public List<RedCardPolicyState> redCardPolicies() {
        return List.copyOf(redCardPolicies.values());
    }

    // ---- working records of the fold --------------------------------------------------------------------------

    private static final class NodeRecord {
        private final String nodeId;
        private final String name;
        private final Level level;
        private final Component component;
        private final String commanderNation;
        private final String parentNodeId;
        private final Instant establishedAt;

        NodeRecord(HeadquartersEstablished e, Instant at) {
            nodeId = e.nodeId();
            name = e.name();
            level = e.level();
            component = e.component();
            commanderNation = e.commanderNation();
            parentNodeId = e.parentNodeId();
            establishedAt = at;
        }
    }

    private static final class ForceRecord {
        private final String forceId;
        private final String nation;
        private String forceType;
        private int size;
        private ForceStatus status;
        private String nodeId;
        private Degree degree;
        private List<String> functions = List.of();
        private String area;
        private Instant from;
        private Instant until;
        private Instant placedAt;
        private final List<AuthorityPeriod> history = new ArrayList<>();

        ForceRecord(ForcePlacedUnderAuthority first) {
            forceId = first.forceId();
            nation = first.nation();
        }

        void placed(ForcePlacedUnderAuthority e, RecordedEvent event) {
            close(event.effectiveTime(), "PLACED_AGAIN");
            forceType = e.forceType();
            size = e.size();
            status = ForceStatus.UNDER_COALITION_AUTHORITY;
            nodeId = e.nodeId();
            degree = e.degree();
            functions = e.functions();
            area = e.area();
            from = e.from();
            until = e.until();
            placedAt = event.effectiveTime();
            history.add(new AuthorityPeriod(nodeId, null, degree, functions, area, from, until, placedAt,
                    null, null, event.recordedTime(), event.eventId()));
        }

        void left(ForceStatus to, String why, Instant at) {
            close(at, why);
            status = to;
        }

        private void close(Instant at, String why) {
            if (status != null && status.underCoalitionAuthority() && !history.isEmpty()) {
                AuthorityPeriod open = history.remove(history.size() - 1);
                history.add(new AuthorityPeriod(open.nodeId(), open.commanderNation(), open.degree(),
                        open.functions(), open.area(), open.scopeFrom(), open.scopeUntil(), open.began(), at, why,
                        open.recordedAt(), open.eventId()));
            }
        }

        NodeState.PlacedForce placed() {
            return new NodeState.PlacedForce(forceId, nation, forceType, size, degree, functions, area, from, until);
        }

        ForceState state(java.util.function.UnaryOperator<String> commanderOf) {
            List<AuthorityPeriod> periods = history.stream().map(p -> new AuthorityPeriod(p.nodeId(),
                    commanderOf.apply(p.nodeId()), p.degree(), p.functions(), p.area(), p.scopeFrom(), p.scopeUntil(),
                    p.began(), p.ended(), p.endedBy(), p.recordedAt(), p.eventId())).toList();
            return new ForceState(forceId, nation, forceType, size, status, nodeId, degree, functions, area, from,
                    until, placedAt, periods);
        }
    }

    private static final class TaskingRecord {
        private final String taskingId;
        private final String nodeId;
        private final String forceId;
        private final String nation;
        private final TaskingKind kind;
        private final String function;
        private final String area;
        private final String description;
        private TaskingStatus status;
        private final Instant taskedAt;
        private final String taskedBy;
        private final String redCardHolder;
        private String decidedBy;
        private String decisionRationale;
        private Instant decidedAt;
        private String vetoReason;
        private TaskingEndCause endCause;
        private Instant endedAt;

        TaskingRecord(String taskingId, String nodeId, String forceId, String nation, TaskingKind kind,
                      String function, String area, String description, TaskingStatus status, String redCardHolder,
                      RecordedEvent event) {
            this.taskingId = taskingId;
            this.nodeId = nodeId;
            this.forceId = forceId;
            this.nation = nation;
            this.kind = kind;
            this.function = function;
            this.area = area;
            this.description = description;
            this.status = status;
            this.redCardHolder = redCardHolder;
            this.taskedAt = event.effectiveTime();
            this.taskedBy = event.decision().actor();
        }

        void decided(TaskingStatus to, String reason, RecordedEvent event) {
            status = to;
            decidedBy = event.decision().actor();
            decisionRationale = event.decision().rationale();
            decidedAt = event.effectiveTime();
            vetoReason = reason;
        }

        void ended(TaskingEndCause cause, Instant at) {
            status = TaskingStatus.ENDED;
            endCause = cause;
            endedAt = at;
        }

        TaskingState state() {
            return new TaskingState(taskingId, nodeId, forceId, nation, kind, function, area, description, status,
                    taskedAt, taskedBy, redCardHolder, decidedBy, decisionRationale, decidedAt, vetoReason, endCause,
                    endedAt);
        }
    }
}
