package org.entente.roe.caveat;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.EntityId;
import org.entente.platform.decision.ActorAuthority;
import org.entente.platform.domain.RuleViolation;

import java.util.Objects;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** One caveat of a nation's record: in force from its declaration until lifted or archived. */
public class Caveat {

    @EntityId
    private String caveatId;
    private String coalitionId;
    private String nation;
    private CaveatStatus status;

    Caveat() {
        // for snapshots
    }

    Caveat(CaveatDeclared declared) {
        this.caveatId = declared.caveatId();
        this.coalitionId = declared.coalitionId();
        this.nation = declared.nation();
        this.status = CaveatStatus.IN_FORCE;
    }

    @CommandHandler
    void handle(LiftCaveat command, MetaData metaData) {
        ActorAuthority.of(metaData).requireActingFor(nation, "caveat lifting");
        if (status != CaveatStatus.IN_FORCE) {
            throw new RuleViolation("only-caveats-in-force-are-lifted", "caveat " + caveatId + " is " + status);
        }
        apply(new CaveatLifted(coalitionId, nation, caveatId, command.reason()));
    }

    @EventSourcingHandler
    void on(CaveatLifted event) {
        status = CaveatStatus.LIFTED;
    }

    @EventSourcingHandler
    void on(CaveatArchived event) {
        status = CaveatStatus.ARCHIVED;
    }

    String caveatId() {
        return caveatId;
    }

    CaveatStatus status() {
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
        if (!(o instanceof Caveat other)) {
            return false;
        }
        return Objects.equals(caveatId, other.caveatId) && Objects.equals(coalitionId, other.coalitionId) &&
                Objects.equals(nation, other.nation) && Objects.equals(status, other.status);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(caveatId);
    }
}
