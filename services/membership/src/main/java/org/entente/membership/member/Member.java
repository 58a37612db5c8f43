package org.entente.membership.member;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.EntityId;
import org.entente.platform.domain.RuleViolation;

import java.util.Objects;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A member state (or organisation) of the coalition. Admission, suspension and withdrawal are decided by the coalition
 * (they involve the lead nation and the member's pledges); reinstatement only by the member's own state.
 */
public class Member {

    @EntityId
    private String nation;
    private MemberStatus status;

    Member() {
        // for snapshots
    }

    public Member(String nation) {
        this.nation = nation;
        this.status = MemberStatus.ACTIVE;
    }

    @CommandHandler
    void handle(ReinstateMember command) {
        if (status != MemberStatus.SUSPENDED) {
            throw new RuleViolation("only-suspended-members-are-reinstated", nation + " is " + status);
        }
        apply(new MemberReinstated(command.coalitionId(), nation));
    }

    @EventSourcingHandler
    void on(MemberSuspended event) {
        status = MemberStatus.SUSPENDED;
    }

    @EventSourcingHandler
    void on(MemberReinstated event) {
        status = MemberStatus.ACTIVE;
    }

    @EventSourcingHandler
    void on(MemberWithdrawn event) {
        status = MemberStatus.WITHDRAWN;
    }

    public String nation() {
        return nation;
    }

    public MemberStatus status() {
        return status;
    }

    /** Active or suspended: still in the coalition. */
    public boolean belongs() {
        return status != MemberStatus.WITHDRAWN;
    }

    public boolean isActive() {
        return status == MemberStatus.ACTIVE;
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
        if (!(o instanceof Member other)) {
            return false;
        }
        return Objects.equals(nation, other.nation) && Objects.equals(status, other.status);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(nation);
    }
}
