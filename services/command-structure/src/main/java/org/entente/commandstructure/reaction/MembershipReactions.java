package org.entente.commandstructure.reaction;

import org.entente.commandstructure.authority.ReturnCause;
import org.entente.commandstructure.directory.OperationDirectory;
import org.entente.commandstructure.operation.ClosureCause;
import org.entente.commandstructure.operation.CloseOperation;
import org.entente.commandstructure.operation.ReturnNationalForces;
import org.entente.contracts.EnvelopeCodec;
import org.entente.contracts.EventEnvelope;
import org.entente.contracts.Topics;
import org.entente.contracts.membership.v1.CoalitionDissolved;
import org.entente.contracts.membership.v1.MemberSuspended;
import org.entente.contracts.membership.v1.MemberWithdrawn;
import org.entente.contracts.membership.v1.MembershipEventsV1;
import org.entente.platform.inbox.Reaction;
import org.entente.platform.inbox.ReactionContext;
import org.springframework.stereotype.Component;

/**
 * What membership changes do to the coalition's open operations. A nation that leaves the coalition or is suspended
 * takes its forces back under national command; a dissolved coalition's operations close. The inbox runs this once
 * per event (after the roster has learned it), and the commands it sends record nothing when nothing is left to do.
 */
@Component
public class MembershipReactions implements Reaction {

    private static final String WITHDRAWN = MembershipEventsV1.of(MemberWithdrawn.class).name();
    private static final String SUSPENDED = MembershipEventsV1.of(MemberSuspended.class).name();
    private static final String DISSOLVED = MembershipEventsV1.of(CoalitionDissolved.class).name();

    private final OperationDirectory directory;

    public MembershipReactions(OperationDirectory directory) {
        this.directory = directory;
    }

    @Override
    public String topic() {
        return Topics.MEMBERSHIP_V1;
    }

    @Override
    public void react(EventEnvelope event, ReactionContext context) {
        if (WITHDRAWN.equals(event.type())) {
            MemberWithdrawn withdrawn = EnvelopeCodec.data(event, MemberWithdrawn.class);
            returnForces(withdrawn.coalitionId(), withdrawn.nation(), ReturnCause.MEMBER_WITHDRAWN, context,
                    withdrawn.nation() + " withdrew from the coalition");
        } else if (SUSPENDED.equals(event.type())) {
            MemberSuspended suspended = EnvelopeCodec.data(event, MemberSuspended.class);
            returnForces(suspended.coalitionId(), suspended.nation(), ReturnCause.MEMBER_SUSPENDED, context,
                    suspended.nation() + " was suspended from the coalition");
        } else if (DISSOLVED.equals(event.type())) {
            String coalitionId = EnvelopeCodec.data(event, CoalitionDissolved.class).coalitionId();
            directory.openOperations(coalitionId).forEach(operationId -> context.send(
                    new CloseOperation(operationId, ClosureCause.COALITION_DISSOLVED),
                    "coalition " + coalitionId + " was dissolved"));
        }
    }

    private void returnForces(String coalitionId, String nation, ReturnCause cause, ReactionContext context,
                              String rationale) {
        directory.openOperations(coalitionId).forEach(operationId -> context.send(
                new ReturnNationalForces(operationId, nation, cause), rationale));
    }
}
