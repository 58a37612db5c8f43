package org.entente.platform.roster;

import org.entente.contracts.membership.v1.CoalitionDissolved;
import org.entente.contracts.membership.v1.CoalitionFormed;
import org.entente.contracts.membership.v1.MemberAdmitted;
import org.entente.contracts.membership.v1.MemberReinstated;
import org.entente.contracts.membership.v1.MemberSuspended;
import org.entente.contracts.membership.v1.MemberWithdrawn;
import org.entente.contracts.membership.v1.MembershipEventV1;
import org.entente.contracts.membership.v1.MembershipEventsV1;
import org.entente.contracts.membership.v1.PartnerAssociated;
import org.entente.contracts.membership.v1.PartnerAssociationEnded;
import org.entente.contracts.membership.v1.PartnerStatusChanged;
import org.entente.platform.inbox.ReactionContext;
import org.entente.platform.inbox.TypedReaction;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * Keeps the roster from the membership topic. Runs before the service's own reactions to the same event, so that a
 * reaction to a withdrawal already sees the nation as withdrawn.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
public class RosterReaction extends TypedReaction<MembershipEventV1> {

    private final JdbcCoalitionRoster roster;

    public RosterReaction(JdbcCoalitionRoster roster) {
        super(MembershipEventsV1.CATALOGUE);
        this.roster = roster;
    }

    @Override
    protected void react(MembershipEventV1 event, ReactionContext context) {
        if (event instanceof CoalitionFormed formed) {
            roster.coalitionFormed(formed.coalitionId(), formed.name(), formed.exerciseId());
        } else if (event instanceof CoalitionDissolved dissolved) {
            roster.coalitionDissolved(dissolved.coalitionId());
        } else if (event instanceof MemberAdmitted admitted) {
            roster.stand(admitted.coalitionId(), admitted.nation(), Standing.ACTIVE_MEMBER, null);
        } else if (event instanceof MemberReinstated reinstated) {
            roster.stand(reinstated.coalitionId(), reinstated.nation(), Standing.ACTIVE_MEMBER, null);
        } else if (event instanceof MemberSuspended suspended) {
            roster.stand(suspended.coalitionId(), suspended.nation(), Standing.SUSPENDED_MEMBER, null);
        } else if (event instanceof MemberWithdrawn withdrawn) {
            roster.stand(withdrawn.coalitionId(), withdrawn.nation(), Standing.WITHDRAWN_MEMBER, null);
        } else if (event instanceof PartnerAssociated partner) {
            roster.stand(partner.coalitionId(), partner.nation(), Standing.PARTNER, partner.role());
        } else if (event instanceof PartnerStatusChanged partner) {
            roster.stand(partner.coalitionId(), partner.nation(), Standing.PARTNER, partner.role());
        } else if (event instanceof PartnerAssociationEnded ended) {
            roster.stand(ended.coalitionId(), ended.nation(), Standing.FORMER_PARTNER, null);
        }
        // pledges, milestones, mandate, domestic support: not part of the roster
    }
}
