package org.entente.commandstructure.authority;

import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.EntityId;
import org.entente.platform.decision.DecisionTime;
import org.entente.platform.domain.RuleViolation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A national force in the operation and the authority the coalition holds over it: the headquarters, the degree and
 * the scope of its latest placement, while it lasts. The operation decides placements, recalls and returns (they
 * involve the command tree, the roster and the force's taskings); the placement answers whether a tasking fits it.
 */
public class ForcePlacement {

    @EntityId
    private String forceId;
    private String nation;
    private String forceType;
    private int size;
    private String nodeId;
    private Degree degree;
    private List<String> functions = new ArrayList<>();
    private String area;
    private Instant from;
    private Instant until;
    /** When the coalition's authority over the force began: the placement's effective time. */
    private Instant placedAt;
    private ForceStatus status;

    ForcePlacement() {
        // for snapshots
    }

    public ForcePlacement(ForcePlacedUnderAuthority placed, Instant placedAt) {
        forceId = placed.forceId();
        on(placed, placedAt);
    }

    @EventSourcingHandler
    void on(ForcePlacedUnderAuthority placed, MetaData metaData, @Timestamp Instant recordedAt) {
        on(placed, DecisionTime.of(metaData, recordedAt));
    }

    private void on(ForcePlacedUnderAuthority placed, Instant placedAt) {
        this.placedAt = placedAt;
        nation = placed.nation();
        forceType = placed.forceType();
        size = placed.size();
        nodeId = placed.nodeId();
        degree = placed.degree();
        functions = new ArrayList<>(placed.functions());
        area = placed.area();
        from = placed.from();
        until = placed.until();
        status = ForceStatus.UNDER_COALITION_AUTHORITY;
    }

    @EventSourcingHandler
    void on(ForceRecalled recalled) {
        status = ForceStatus.RECALLED;
    }

    @EventSourcingHandler
    void on(ForceReturnedToNationalCommand returned) {
        status = ForceStatus.RETURNED_TO_NATIONAL_COMMAND;
    }

    /** Whether {@code command} would change nothing about the force's current placement. */
    public boolean sameAs(PlaceForceUnderAuthority command) {
        return status.underCoalitionAuthority() && Objects.equals(nodeId, command.nodeId())
                && degree == command.degree() && Objects.equals(forceType, command.forceType())
                && size == command.size() && functions.equals(command.functions())
                && Objects.equals(area, command.area()) && Objects.equals(from, command.from())
                && Objects.equals(until, command.until());
    }

    /**
     * Why the coalition could not give this force this tasking, if it could not.
     *
     * @param commanderNodeId the headquarters that tasks
     * @param chain           the force's headquarters and every one above it: the commanders who hold the authority
     * @param function        what the tasking serves; null means its kind
     * @param area            where; null means the placement's area
     * @param at              when the tasking takes effect; null to leave the time window aside
     */
    public Optional<RuleViolation> refusal(AuthorityTable table, String commanderNodeId, List<String> chain,
                                           TaskingKind kind, String function, String area, Instant at) {
        if (!chain.contains(commanderNodeId)) {
            return refuse("the-commander-holds-authority-over-the-force", "force " + forceId + " is under headquarters "
                    + nodeId + "; only it and the headquarters above it can task the force");
        }
        if (!table.permits(degree, kind)) {
            return refuse("the-degree-permits-the-tasking", degree + " over force " + forceId + " does not permit "
                    + kind + "; it needs " + table.degreesPermitting(kind));
        }
        String served = function == null ? kind.name() : function;
        if (!functions.isEmpty() && !functions.contains(served)) {
            return refuse("the-tasking-is-within-the-functions", "force " + forceId + " is placed for " + functions
                    + " only, not for " + served);
        }
        if (this.area != null && area != null && !this.area.equalsIgnoreCase(area)) {
            return refuse("the-tasking-is-within-the-area", "force " + forceId + " is placed for " + this.area
                    + " only, not for " + area);
        }
        if (at != null && ((from != null && at.isBefore(from)) || (until != null && !at.isBefore(until)))) {
            return refuse("the-tasking-is-within-the-time-window", "force " + forceId + " is placed "
                    + (from == null ? "" : "from " + from + " ") + (until == null ? "" : "until " + until)
                    + "; the tasking takes effect at " + at);
        }
        if (at != null && placedAt != null && at.isBefore(placedAt)) {
            // backdated to before the transfer of authority: the coalition did not hold the force then
            return refuse("the-tasking-is-within-the-transfer-of-authority", "force " + forceId
                    + " came under coalition authority at " + placedAt + "; the tasking takes effect at " + at);
        }
        return Optional.empty();
    }

    private static Optional<RuleViolation> refuse(String rule, String detail) {
        return Optional.of(new RuleViolation(rule, detail));
    }

    public String forceId() {
        return forceId;
    }

    public String nation() {
        return nation;
    }

    public String nodeId() {
        return nodeId;
    }

    /** Where the force may be tasked; null: anywhere the operation goes. */
    public String area() {
        return area;
    }

    public Degree degree() {
        return degree;
    }

    public ForceStatus status() {
        return status;
    }

    public boolean underCoalitionAuthority() {
        return status.underCoalitionAuthority();
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
        if (!(o instanceof ForcePlacement other)) {
            return false;
        }
        return Objects.equals(forceId, other.forceId) && Objects.equals(nation, other.nation) &&
                Objects.equals(forceType, other.forceType) && Objects.equals(size, other.size) &&
                Objects.equals(nodeId, other.nodeId) && Objects.equals(degree, other.degree) &&
                Objects.equals(functions, other.functions) && Objects.equals(area, other.area) &&
                Objects.equals(from, other.from) && Objects.equals(until, other.until) &&
                Objects.equals(placedAt, other.placedAt) && Objects.equals(status, other.status);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(forceId);
    }
}
