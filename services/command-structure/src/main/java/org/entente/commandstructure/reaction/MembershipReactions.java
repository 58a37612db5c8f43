package org.entente.commandstructure.reaction;

import org.entente.commandstructure.authority.ReturnCause;
import org.entente.commandstructure.directory.OpenOperations;
import org.entente.commandstructure.operation.CloseOperation;
import org.entente.commandstructure.operation.ClosureCause;
import org.entente.commandstructure.operation.ReturnNationalForces;
import org.entente.contracts.membership.v1.CoalitionDissolved;
import org.entente.contracts.membership.v1.MemberSuspended;
import org.entente.contracts.membership.v1.MemberWithdrawn;
import org.entente.contracts.membership.v1.MembershipEventV1;
import org.entente.contracts.membership.v1.MembershipEventsV1;
import org.entente.platform.inbox.ReactionContext;
import org.entente.platform.inbox.TypedReaction;
import org.springframework.stereotype.Component;

/**
 * What membership changes do to the coalition's open operations. A nation that leaves the coalition or is suspended
 * takes its forces back under national command; a dissolved coalition's operations close. The inbox runs this once
 * per event (after the roster has learned it), and the commands it sends record nothing when nothing is left to do.
 */
@Component
public class MembershipReactions extends TypedReaction<MembershipEventV1> {

    private final OpenOperations openOperations;

    public MembershipReactions(OpenOperations openOperations) {
        super(MembershipEventsV1.CATALOGUE);
        this.openOperations = openOperations;
    }

    @Override
    protected void react(MembershipEventV1 event, ReactionContext context) {
        if (event instanceof MemberWithdrawn withdrawn) {
            returnForces(withdrawn.coalitionId(), withdrawn.nation(), ReturnCause.MEMBER_WITHDRAWN, context,
                    withdrawn.nation() + " withdrew from the coalition");
        } else if (event instanceof MemberSuspended suspended) {
            returnForces(suspended.coalitionId(), suspended.nation(), ReturnCause.MEMBER_SUSPENDED, context,
                    suspended.nation() + " was suspended from the coalition");
        } else if (event instanceof CoalitionDissolved dissolved) {
            openOperations.of(dissolved.coalitionId()).forEach(operationId -> context.send(
                    new CloseOperation(operationId, ClosureCause.COALITION_DISSOLVED),
                    "coalition " + dissolved.coalitionId() + " was dissolved"));
        }
    }

    private void returnForces(String coalitionId, String nation, ReturnCause cause, ReactionContext context,
                              String rationale) {
        openOperations.of(coalitionId).forEach(operationId -> context.send(
                new ReturnNationalForces(operationId, nation, cause), rationale));
    }
}
