package org.entente.basing.reaction;

import org.entente.basing.agreement.ClosureCause;
import org.entente.basing.agreement.CloseBasingAgreement;
import org.entente.basing.agreement.SuspendBasingAgreement;
import org.entente.basing.agreement.SuspensionCause;
import org.entente.basing.clearance.ClearanceClosureCause;
import org.entente.basing.clearance.ClearanceSuspensionCause;
import org.entente.basing.clearance.CloseClearance;
import org.entente.basing.clearance.SuspendClearance;
import org.entente.basing.directory.BasingDirectory;
import org.entente.basing.route.RetireSupplyRoute;
import org.entente.basing.route.RouteRetirementCause;
import org.entente.basing.sustainment.CloseSustainmentRequest;
import org.entente.basing.sustainment.SustainmentClosureCause;
import org.entente.contracts.membership.v1.CoalitionDissolved;
import org.entente.contracts.membership.v1.MemberSuspended;
import org.entente.contracts.membership.v1.MemberWithdrawn;
import org.entente.contracts.membership.v1.MembershipEventV1;
import org.entente.contracts.membership.v1.MembershipEventsV1;
import org.entente.contracts.membership.v1.PartnerAssociationEnded;
import org.entente.platform.inbox.ReactionContext;
import org.entente.platform.inbox.TypedReaction;
import org.springframework.stereotype.Component;

/**
 * What membership decisions mean for basing and logistics (the roster has already taken them in when this runs):
 * <ul>
 *   <li>a member withdrawn or suspended: the agreements it hosts are suspended, and the clearances it granted or has
 *       yet to decide (as the granting state) are suspended too. Clearances it uses are left as they are;</li>
 *   <li>a partner's association ended: the agreements it hosts are suspended the same way;</li>
 *   <li>the coalition dissolved: every agreement, clearance, route and open sustainment request of it is closed for
 *       good.</li>
 * </ul>
 * Each command names this event as its cause. The commands ask only for what is due (a suspended agreement is not
 * suspended again), so a cascade replayed on an already changed record records nothing.
 */
@Component
public class MembershipReaction extends TypedReaction<MembershipEventV1> {

    private final BasingDirectory directory;

    public MembershipReaction(BasingDirectory directory) {
        super(MembershipEventsV1.CATALOGUE);
        this.directory = directory;
    }

    @Override
    protected void react(MembershipEventV1 event, ReactionContext context) {
        if (event instanceof MemberWithdrawn withdrawn) {
            nationLeft(withdrawn.coalitionId(), withdrawn.nation(), SuspensionCause.MEMBER_WITHDRAWN,
                    ClearanceSuspensionCause.MEMBER_WITHDRAWN, context, "withdrew");
        } else if (event instanceof MemberSuspended suspended) {
            nationLeft(suspended.coalitionId(), suspended.nation(), SuspensionCause.MEMBER_SUSPENDED,
                    ClearanceSuspensionCause.MEMBER_SUSPENDED, context, "was suspended");
        } else if (event instanceof PartnerAssociationEnded ended) {
            // a clearance asks nothing of the coalition's partners, so only the bases the partner hosts
            String rationale = "host nation " + ended.nation() + " is no longer a partner of coalition "
                    + ended.coalitionId();
            directory.openAgreementsHostedBy(ended.coalitionId(), ended.nation()).forEach(agreementId ->
                    context.send(new SuspendBasingAgreement(agreementId, SuspensionCause.PARTNER_ENDED, null),
                            rationale));
        } else if (event instanceof CoalitionDissolved dissolved) {
            dissolved(dissolved.coalitionId(), context);
        }
        // admissions, partners associated or changed, pledges, mandate: the roster keeps what this service needs
    }

    private void nationLeft(String coalitionId, String nation, SuspensionCause agreementCause,
                            ClearanceSuspensionCause clearanceCause, ReactionContext context, String what) {
        String rationale = "host nation " + nation + " " + what + " in coalition " + coalitionId;
        directory.openAgreementsHostedBy(coalitionId, nation).forEach(agreementId -> context.send(
                new SuspendBasingAgreement(agreementId, agreementCause, null), rationale));
        directory.liveClearancesGrantedBy(coalitionId, nation).forEach(clearanceId -> context.send(
                new SuspendClearance(clearanceId, clearanceCause),
                "granting state " + nation + " " + what + " in coalition " + coalitionId));
    }

    private void dissolved(String coalitionId, ReactionContext context) {
        String rationale = "coalition " + coalitionId + " dissolved";
        directory.openAgreements(coalitionId).forEach(id -> context.send(
                new CloseBasingAgreement(id, ClosureCause.COALITION_DISSOLVED), rationale));
        directory.unendedClearances(coalitionId).forEach(id -> context.send(
                new CloseClearance(id, ClearanceClosureCause.COALITION_DISSOLVED), rationale));
        directory.unretiredRoutes(coalitionId).forEach(id -> context.send(
                new RetireSupplyRoute(id, RouteRetirementCause.COALITION_DISSOLVED), rationale));
        directory.openSustainmentRequests(coalitionId).forEach(id -> context.send(
                new CloseSustainmentRequest(id, SustainmentClosureCause.COALITION_DISSOLVED, null), rationale));
    }
}
