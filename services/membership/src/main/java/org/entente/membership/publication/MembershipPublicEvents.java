package org.entente.membership.publication;

import org.entente.contracts.Topics;
import org.entente.platform.relay.ContractMapper;
import org.entente.contracts.membership.v1.MembershipEventsV1;
import org.entente.membership.coalition.CoalitionDissolved;
import org.entente.membership.coalition.CoalitionFormed;
import org.entente.membership.coalition.LeadNationChanged;
import org.entente.membership.coalition.MandateAmended;
import org.entente.membership.coalition.MandateExpired;
import org.entente.membership.exit.MilestoneAchieved;
import org.entente.membership.exit.MilestoneDefined;
import org.entente.membership.exit.MilestoneSlipped;
import org.entente.membership.exit.MilestoneTargetPassed;
import org.entente.membership.member.MemberAdmitted;
import org.entente.membership.member.MemberReinstated;
import org.entente.membership.member.MemberSuspended;
import org.entente.membership.member.MemberWithdrawn;
import org.entente.membership.member.PartnerAssociated;
import org.entente.membership.member.PartnerAssociationEnded;
import org.entente.membership.member.PartnerStatusChanged;
import org.entente.membership.pledge.DeliveryCorrected;
import org.entente.membership.pledge.DeliveryRecorded;
import org.entente.membership.pledge.PledgeEntryCorrected;
import org.entente.membership.pledge.PledgeFellDue;
import org.entente.membership.pledge.PledgeMade;
import org.entente.membership.pledge.PledgeRevised;
import org.entente.membership.pledge.PledgeWithdrawn;
import org.entente.membership.support.DomesticSupportAssessed;
import org.springframework.stereotype.Component;

import java.util.Map;

import static java.util.Map.entry;

/**
 * The membership service's public contract: which internal event becomes which v1 contract event. The translation is
 * structural but strict: an internal field the contract does not have fails the conversion, so an internal change
 * cannot leak into the contract unnoticed (MembershipPublicEventsTest checks every pair).
 */
@Component
public class MembershipPublicEvents extends ContractMapper {

    static final Map<Class<?>, Class<?>> CONTRACTS = Map.ofEntries(
            entry(CoalitionFormed.class, org.entente.contracts.membership.v1.CoalitionFormed.class),
            entry(LeadNationChanged.class, org.entente.contracts.membership.v1.LeadNationChanged.class),
            entry(MandateAmended.class, org.entente.contracts.membership.v1.MandateAmended.class),
            entry(MandateExpired.class, org.entente.contracts.membership.v1.MandateExpired.class),
            entry(CoalitionDissolved.class, org.entente.contracts.membership.v1.CoalitionDissolved.class),
            entry(MemberAdmitted.class, org.entente.contracts.membership.v1.MemberAdmitted.class),
            entry(MemberSuspended.class, org.entente.contracts.membership.v1.MemberSuspended.class),
            entry(MemberReinstated.class, org.entente.contracts.membership.v1.MemberReinstated.class),
            entry(MemberWithdrawn.class, org.entente.contracts.membership.v1.MemberWithdrawn.class),
            entry(PartnerAssociated.class, org.entente.contracts.membership.v1.PartnerAssociated.class),
            entry(PartnerStatusChanged.class, org.entente.contracts.membership.v1.PartnerStatusChanged.class),
            entry(PartnerAssociationEnded.class, org.entente.contracts.membership.v1.PartnerAssociationEnded.class),
            entry(PledgeMade.class, org.entente.contracts.membership.v1.PledgeMade.class),
            entry(PledgeRevised.class, org.entente.contracts.membership.v1.PledgeRevised.class),
            entry(DeliveryRecorded.class, org.entente.contracts.membership.v1.DeliveryRecorded.class),
            entry(PledgeWithdrawn.class, org.entente.contracts.membership.v1.PledgeWithdrawn.class),
            entry(PledgeEntryCorrected.class, org.entente.contracts.membership.v1.PledgeEntryCorrected.class),
            entry(DeliveryCorrected.class, org.entente.contracts.membership.v1.DeliveryCorrected.class),
            entry(PledgeFellDue.class, org.entente.contracts.membership.v1.PledgeFellDue.class),
            entry(MilestoneDefined.class, org.entente.contracts.membership.v1.MilestoneDefined.class),
            entry(MilestoneAchieved.class, org.entente.contracts.membership.v1.MilestoneAchieved.class),
            entry(MilestoneSlipped.class, org.entente.contracts.membership.v1.MilestoneSlipped.class),
            entry(MilestoneTargetPassed.class, org.entente.contracts.membership.v1.MilestoneTargetPassed.class),
            entry(DomesticSupportAssessed.class, org.entente.contracts.membership.v1.DomesticSupportAssessed.class));

    public MembershipPublicEvents() {
        super("membership", Topics.MEMBERSHIP_V1, MembershipEventsV1.SOURCE, CONTRACTS, MembershipEventsV1::of);
    }
}
