package org.entente.contracts.membership.v1;

/**
 * Every membership event of contract version 1: what a consumer switches on. The order here is the catalogue's
 * ({@link MembershipEventsV1}).
 */
public sealed interface MembershipEventV1 permits
        CoalitionFormed, LeadNationChanged, MandateAmended, MandateExpired,
        CoalitionDissolved, MemberAdmitted, MemberSuspended, MemberReinstated,
        MemberWithdrawn, PartnerAssociated, PartnerStatusChanged, PartnerAssociationEnded,
        PledgeMade, PledgeRevised, DeliveryRecorded, PledgeWithdrawn,
        PledgeEntryCorrected, DeliveryCorrected, PledgeFellDue, MilestoneDefined,
        MilestoneAchieved, MilestoneSlipped, MilestoneTargetPassed, DomesticSupportAssessed {
}
