package org.entente.membership.member;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.EntityId;
import org.entente.platform.domain.RuleViolation;

import java.util.Objects;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A state associated with the coalition without being a member: a host nation, a transit state, an observer. */
public class Partner {

    @EntityId
    private String nation;
    private PartnerRole role;
    private Governance governance;
    private boolean associated;

    Partner() {
        // for snapshots
    }

    public Partner(String nation, PartnerRole role, Governance governance) {
        this.nation = nation;
        this.role = role;
        this.governance = governance;
        this.associated = true;
    }

    @CommandHandler
    void handle(UpdatePartnerStatus command) {
        requireAssociated();
        if (command.role() == role && command.governance() == governance) {
            throw new RuleViolation("partner-status-must-change",
                    nation + " is already " + role + " with governance " + governance);
        }
        apply(new PartnerStatusChanged(command.coalitionId(), nation, command.role(), command.governance()));
    }

    @CommandHandler
    void handle(EndPartnerAssociation command) {
        requireAssociated();
        apply(new PartnerAssociationEnded(command.coalitionId(), nation));
    }

    private void requireAssociated() {
        if (!associated) {
            throw new RuleViolation("partner-must-be-associated", "the association with " + nation + " has ended");
        }
    }

    @EventSourcingHandler
    void on(PartnerStatusChanged event) {
        role = event.role();
        governance = event.governance();
    }

    @EventSourcingHandler
    void on(PartnerAssociationEnded event) {
        associated = false;
    }

    public boolean associated() {
        return associated;
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
        if (!(o instanceof Partner other)) {
            return false;
        }
        return Objects.equals(nation, other.nation) && Objects.equals(role, other.role) &&
                Objects.equals(governance, other.governance) && Objects.equals(associated, other.associated);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(nation);
    }
}
