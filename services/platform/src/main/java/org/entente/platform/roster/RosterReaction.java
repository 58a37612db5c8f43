package org.entente.platform.roster;

import org.entente.contracts.EnvelopeCodec;
import org.entente.contracts.EventEnvelope;
import org.entente.contracts.Topics;
import org.entente.contracts.membership.v1.CoalitionDissolved;
import org.entente.contracts.membership.v1.CoalitionFormed;
import org.entente.contracts.membership.v1.MemberAdmitted;
import org.entente.contracts.membership.v1.MemberReinstated;
import org.entente.contracts.membership.v1.MemberSuspended;
import org.entente.contracts.membership.v1.MemberWithdrawn;
import org.entente.contracts.membership.v1.MembershipEventsV1;
import org.entente.contracts.membership.v1.PartnerAssociated;
import org.entente.contracts.membership.v1.PartnerAssociationEnded;
import org.entente.contracts.membership.v1.PartnerStatusChanged;
import org.entente.platform.inbox.Poison;
import org.entente.platform.inbox.Reaction;
import org.entente.platform.inbox.ReactionContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * Keeps the roster from the membership topic. Runs before the service's own reactions to the same event, so that a
 * reaction to a withdrawal already sees the nation as withdrawn.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
public class RosterReaction implements Reaction {

    private final JdbcCoalitionRoster roster;

    public RosterReaction(JdbcCoalitionRoster roster) {
        this.roster = roster;
    }

    @Override
    public String topic() {
        return Topics.MEMBERSHIP_V1;
    }

    @Override
    public void react(EventEnvelope event, ReactionContext context) {
        if (MembershipEventsV1.byName(event.type()).isEmpty()) {
            return; // a type added to v1 after this service was built: compatible, and not part of the roster
        }
        if (event.schemaVersion() != MembershipEventsV1.SCHEMA_VERSION) {
            throw new Poison(event.type() + " schema version " + event.schemaVersion() + " is not understood");
        }
        switch (event.type().substring(event.type().lastIndexOf('.') + 1)) {
            case "CoalitionFormed" -> {
                CoalitionFormed formed = EnvelopeCodec.data(event, CoalitionFormed.class);
                roster.coalitionFormed(formed.coalitionId(), formed.name(), formed.exerciseId());
            }
            case "CoalitionDissolved" ->
                    roster.coalitionDissolved(EnvelopeCodec.data(event, CoalitionDissolved.class).coalitionId());
            case "MemberAdmitted" -> {
                MemberAdmitted admitted = EnvelopeCodec.data(event, MemberAdmitted.class);
                roster.stand(admitted.coalitionId(), admitted.nation(), Standing.ACTIVE_MEMBER, null);
            }
            case "MemberReinstated" -> {
                MemberReinstated reinstated = EnvelopeCodec.data(event, MemberReinstated.class);
                roster.stand(reinstated.coalitionId(), reinstated.nation(), Standing.ACTIVE_MEMBER, null);
            }
            case "MemberSuspended" -> {
                MemberSuspended suspended = EnvelopeCodec.data(event, MemberSuspended.class);
                roster.stand(suspended.coalitionId(), suspended.nation(), Standing.SUSPENDED_MEMBER, null);
            }
            case "MemberWithdrawn" -> {
                MemberWithdrawn withdrawn = EnvelopeCodec.data(event, MemberWithdrawn.class);
                roster.stand(withdrawn.coalitionId(), withdrawn.nation(), Standing.WITHDRAWN_MEMBER, null);
            }
            case "PartnerAssociated" -> {
                PartnerAssociated partner = EnvelopeCodec.data(event, PartnerAssociated.class);
                roster.stand(partner.coalitionId(), partner.nation(), Standing.PARTNER, partner.role());
            }
            case "PartnerStatusChanged" -> {
                PartnerStatusChanged partner = EnvelopeCodec.data(event, PartnerStatusChanged.class);
                roster.stand(partner.coalitionId(), partner.nation(), Standing.PARTNER, partner.role());
            }
            case "PartnerAssociationEnded" -> {
                PartnerAssociationEnded ended = EnvelopeCodec.data(event, PartnerAssociationEnded.class);
                roster.stand(ended.coalitionId(), ended.nation(), Standing.FORMER_PARTNER, null);
            }
            default -> {
                // pledges, milestones, mandate, domestic support: not part of the roster
            }
        }
    }
}
