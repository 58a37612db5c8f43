package org.entente.membership.member;

import org.axonframework.modelling.command.AggregateEntityNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.TestExecutor;
import org.entente.membership.coalition.Coalition;
import org.entente.membership.coalition.CoalitionDissolved;
import org.entente.membership.coalition.CoalitionFormed;
import org.entente.membership.coalition.ConfirmStanding;
import org.entente.membership.coalition.CoalitionKind;
import org.entente.membership.coalition.CoalitionPurpose;
import org.entente.membership.coalition.LeadNationChanged;
import org.entente.membership.coalition.Mandate;
import org.entente.membership.pledge.Amount;
import org.entente.membership.pledge.DeliveryRecorded;
import org.entente.membership.pledge.MakePledge;
import org.entente.membership.pledge.PledgeCategory;
import org.entente.membership.pledge.PledgeMade;
import org.entente.membership.pledge.PledgeWithdrawn;
import org.entente.membership.pledge.WithdrawalCause;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.entente.testing.AggregateFixtures;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;


import static org.entente.membership.CoalitionFixtures.coalitionFixture;
import static org.entente.testing.AggregateFixtures.violates;

/** Admission, suspension, reinstatement and withdrawal of members, and the association of partners. */
class MembershipTest {

    private static final String COALITION = "coalition-1";
    private static final String LEAD = "FRA";
    private static final String MEMBER = "DEU";
    private static final String OTHER_MEMBER = "POL";
    private static final String OUTSIDER = "ITA";
    private static final String HOST = "TUN";

    private AggregateTestFixture<Coalition> fixture;

    @BeforeEach
    void setUp() {
        fixture = coalitionFixture();
    }

    /** A real-world coalition led by FRA with DEU and POL as members. */
    private TestExecutor<Coalition> coalition() {
        return fixture.given(
                new CoalitionFormed(COALITION, "Unified Protector", CoalitionKind.AD_HOC,
                        CoalitionPurpose.PEACE_ENFORCEMENT, null, LEAD,
                        new Mandate(List.of("protect civilians"), "Libya", LocalDate.of(2011, 9, 27)), null),
                new MemberAdmitted(COALITION, LEAD),
                new MemberAdmitted(COALITION, MEMBER),
                new MemberAdmitted(COALITION, OTHER_MEMBER));
    }

    private static PledgeMade pledge(String pledgeId, String nation, String personnel) {
        return new PledgeMade(COALITION, pledgeId, nation, PledgeCategory.FORCES,
                personnel(personnel), LocalDate.of(2011, 6, 30), "forces");
    }

    private static Amount personnel(String value) {
        return new Amount(new BigDecimal(value), "personnel");
    }

    private static PartnerAssociated hostNation() {
        return new PartnerAssociated(COALITION, HOST, PartnerRole.HOST_NATION, Governance.UNASSESSED);
    }


    // --- admission ---

    @Test
    void aNationIsAdmitted() {
        coalition().when(new AdmitMember(COALITION, OUTSIDER))
                .expectEvents(new MemberAdmitted(COALITION, OUTSIDER));
    }

    @Test
    void anActiveMemberIsNotAdmittedAgain() {
        coalition().when(new AdmitMember(COALITION, MEMBER))
                .expectException(violates("members-are-admitted-once"))
                .expectNoEvents();
    }

    @Test
    void aSuspendedMemberIsNotAdmittedAgain() {
        coalition().andGiven(new MemberSuspended(COALITION, MEMBER))
                .when(new AdmitMember(COALITION, MEMBER))
                .expectException(violates("members-are-admitted-once"))
                .expectNoEvents();
    }

    @Test
    void aWithdrawnMemberMayBeAdmittedAgain() {
        coalition().andGiven(new MemberWithdrawn(COALITION, MEMBER))
                .when(new AdmitMember(COALITION, MEMBER))
                .expectEvents(new MemberAdmitted(COALITION, MEMBER));
    }

    @Test
    void aReadmittedMemberIsActiveAgain() {
        coalition().andGiven(new MemberWithdrawn(COALITION, MEMBER), new MemberAdmitted(COALITION, MEMBER))
                .when(new SuspendMember(COALITION, MEMBER))
                .expectEvents(new MemberSuspended(COALITION, MEMBER));
    }

    @Test
    void admittingACurrentPartnerEndsThePartnershipFirst() {
        coalition().andGiven(hostNation())
                .when(new AdmitMember(COALITION, HOST))
                .expectEvents(new PartnerAssociationEnded(COALITION, HOST), new MemberAdmitted(COALITION, HOST));
    }

    @Test
    void admittingAFormerPartnerDoesNotEndThePartnershipAgain() {
        coalition().andGiven(hostNation(), new PartnerAssociationEnded(COALITION, HOST))
                .when(new AdmitMember(COALITION, HOST))
                .expectEvents(new MemberAdmitted(COALITION, HOST));
    }

    @Test
    void aPartnerAdmittedAsMemberIsNoLongerAssociated() {
        coalition().andGiven(hostNation(), new PartnerAssociationEnded(COALITION, HOST),
                        new MemberAdmitted(COALITION, HOST))
                .when(new UpdatePartnerStatus(COALITION, HOST, PartnerRole.OBSERVER, Governance.DEMOCRATIC))
                .expectException(violates("partner-must-be-associated"))
                .expectNoEvents();
    }

    // --- suspension and reinstatement ---

    @Test
    void anActiveMemberIsSuspended() {
        coalition().when(new SuspendMember(COALITION, MEMBER))
                .expectEvents(new MemberSuspended(COALITION, MEMBER));
    }

    @Test
    void aSuspendedMemberIsNotSuspendedAgain() {
        coalition().andGiven(new MemberSuspended(COALITION, MEMBER))
                .when(new SuspendMember(COALITION, MEMBER))
                .expectException(violates("only-active-members-are-suspended"))
                .expectNoEvents();
    }

    @Test
    void aWithdrawnMemberIsNotSuspended() {
        coalition().andGiven(new MemberWithdrawn(COALITION, MEMBER))
                .when(new SuspendMember(COALITION, MEMBER))
                .expectException(violates("only-active-members-are-suspended"))
                .expectNoEvents();
    }

    @Test
    void aNonMemberIsNotSuspended() {
        coalition().when(new SuspendMember(COALITION, OUTSIDER))
                .expectException(violates("only-members-change-status"))
                .expectNoEvents();
    }

    @Test
    void aPartnerIsNotSuspendedAsAMember() {
        coalition().andGiven(hostNation())
                .when(new SuspendMember(COALITION, HOST))
                .expectException(violates("only-members-change-status"))
                .expectNoEvents();
    }

    @Test
    void theLeadNationCannotBeSuspended() {
        coalition().when(new SuspendMember(COALITION, LEAD))
                .expectException(violates("the-lead-nation-stays"))
                .expectNoEvents();
    }

    @Test
    void aNewLeadNationCannotBeSuspended() {
        coalition().andGiven(new LeadNationChanged(COALITION, MEMBER, LEAD))
                .when(new SuspendMember(COALITION, MEMBER))
                .expectException(violates("the-lead-nation-stays"))
                .expectNoEvents();
    }

    @Test
    void theFormerLeadNationMayBeSuspendedOnceAnotherLeads() {
        coalition().andGiven(new LeadNationChanged(COALITION, MEMBER, LEAD))
                .when(new SuspendMember(COALITION, LEAD))
                .expectEvents(new MemberSuspended(COALITION, LEAD));
    }

    @Test
    void aSuspendedMemberIsReinstated() {
        coalition().andGiven(new MemberSuspended(COALITION, MEMBER))
                .when(new ReinstateMember(COALITION, MEMBER))
                .expectEvents(new MemberReinstated(COALITION, MEMBER));
    }

    @Test
    void anActiveMemberIsNotReinstated() {
        coalition().when(new ReinstateMember(COALITION, MEMBER))
                .expectException(violates("only-suspended-members-are-reinstated"))
                .expectNoEvents();
    }

    @Test
    void aReinstatedMemberIsNotReinstatedAgain() {
        coalition().andGiven(new MemberSuspended(COALITION, MEMBER), new MemberReinstated(COALITION, MEMBER))
                .when(new ReinstateMember(COALITION, MEMBER))
                .expectException(violates("only-suspended-members-are-reinstated"))
                .expectNoEvents();
    }

    @Test
    void aWithdrawnMemberIsNotReinstated() {
        coalition().andGiven(new MemberSuspended(COALITION, MEMBER), new MemberWithdrawn(COALITION, MEMBER))
                .when(new ReinstateMember(COALITION, MEMBER))
                .expectException(violates("only-suspended-members-are-reinstated"))
                .expectNoEvents();
    }

    @Test
    void aNationThatNeverBelongedHasNoMembershipToReinstate() {
        // not a rule violation: no Member entity takes the command (answered 404 by the platform)
        coalition().when(new ReinstateMember(COALITION, OUTSIDER))
                .expectException(AggregateEntityNotFoundException.class)
                .expectNoEvents();
    }

    // --- withdrawal ---

    @Test
    void aMemberWithdraws() {
        coalition().when(new WithdrawMember(COALITION, MEMBER))
                .expectEvents(new MemberWithdrawn(COALITION, MEMBER));
    }

    @Test
    void aSuspendedMemberMayWithdraw() {
        coalition().andGiven(new MemberSuspended(COALITION, MEMBER))
                .when(new WithdrawMember(COALITION, MEMBER))
                .expectEvents(new MemberWithdrawn(COALITION, MEMBER));
    }

    @Test
    void aMemberWithdrawsOnce() {
        coalition().andGiven(new MemberWithdrawn(COALITION, MEMBER))
                .when(new WithdrawMember(COALITION, MEMBER))
                .expectException(violates("members-withdraw-once"))
                .expectNoEvents();
    }

    @Test
    void aNonMemberCannotWithdraw() {
        coalition().when(new WithdrawMember(COALITION, OUTSIDER))
                .expectException(violates("only-members-change-status"))
                .expectNoEvents();
    }

    @Test
    void theLeadNationCannotWithdraw() {
        coalition().when(new WithdrawMember(COALITION, LEAD))
                .expectException(violates("the-lead-nation-stays"))
                .expectNoEvents();
    }

    @Test
    void theFormerLeadNationMayWithdrawOnceAnotherLeads() {
        coalition().andGiven(new LeadNationChanged(COALITION, MEMBER, LEAD))
                .when(new WithdrawMember(COALITION, LEAD))
                .expectEvents(new MemberWithdrawn(COALITION, LEAD));
    }

    @Test
    void aWithdrawalTakesTheMembersOpenPledgesOnlyWithIt() {
        coalition().andGiven(
                        // open, made after pledge-1 but withdrawn after it (by pledge id)
                        pledge("pledge-2", MEMBER, "100"),
                        // open
                        pledge("pledge-1", MEMBER, "200"),
                        // partly delivered: still open
                        pledge("pledge-3", MEMBER, "50"),
                        new DeliveryRecorded(COALITION, "pledge-3", "delivery-1", personnel("20"), null),
                        // delivered in full: stays
                        pledge("pledge-4", MEMBER, "30"),
                        new DeliveryRecorded(COALITION, "pledge-4", "delivery-2", personnel("30"), null),
                        // already withdrawn by the nation: not withdrawn again
                        pledge("pledge-5", MEMBER, "10"),
                        new PledgeWithdrawn(COALITION, "pledge-5", WithdrawalCause.NATION_DECISION),
                        // another member's open pledge: stays
                        pledge("pledge-6", OTHER_MEMBER, "40"))
                .when(new WithdrawMember(COALITION, MEMBER))
                .expectEvents(new MemberWithdrawn(COALITION, MEMBER),
                        new PledgeWithdrawn(COALITION, "pledge-1", WithdrawalCause.MEMBER_WITHDREW),
                        new PledgeWithdrawn(COALITION, "pledge-2", WithdrawalCause.MEMBER_WITHDREW),
                        new PledgeWithdrawn(COALITION, "pledge-3", WithdrawalCause.MEMBER_WITHDREW));
    }

    @Test
    void aSuspendedMembersOpenPledgesFallWithItsWithdrawal() {
        coalition().andGiven(pledge("pledge-1", MEMBER, "100"), new MemberSuspended(COALITION, MEMBER))
                .when(new WithdrawMember(COALITION, MEMBER))
                .expectEvents(new MemberWithdrawn(COALITION, MEMBER),
                        new PledgeWithdrawn(COALITION, "pledge-1", WithdrawalCause.MEMBER_WITHDREW));
    }

    @Test
    void pledgesThatFellWithAnEarlierWithdrawalAreNotWithdrawnAgain() {
        coalition().andGiven(pledge("pledge-1", MEMBER, "100"),
                        new MemberWithdrawn(COALITION, MEMBER),
                        new PledgeWithdrawn(COALITION, "pledge-1", WithdrawalCause.MEMBER_WITHDREW),
                        new MemberAdmitted(COALITION, MEMBER),
                        pledge("pledge-2", MEMBER, "50"))
                .when(new WithdrawMember(COALITION, MEMBER))
                .expectEvents(new MemberWithdrawn(COALITION, MEMBER),
                        new PledgeWithdrawn(COALITION, "pledge-2", WithdrawalCause.MEMBER_WITHDREW));
    }

    @Test
    void aWithdrawnMemberNoLongerPledges() {
        coalition().andGiven(new MemberWithdrawn(COALITION, MEMBER))
                .when(new MakePledge(COALITION, "pledge-1", MEMBER, PledgeCategory.FORCES, personnel("10"),
                        LocalDate.of(2011, 6, 30), "forces"))
                .expectException(violates("only-active-members-pledge"))
                .expectNoEvents();
    }

    // --- partners ---

    @Test
    void aNonMemberIsAssociatedAsPartner() {
        coalition().when(new AssociatePartner(COALITION, HOST, PartnerRole.HOST_NATION, Governance.UNASSESSED))
                .expectEvents(hostNation());
    }

    @Test
    void aMemberIsNotAPartner() {
        coalition().when(new AssociatePartner(COALITION, MEMBER, PartnerRole.OBSERVER, Governance.DEMOCRATIC))
                .expectException(violates("members-are-not-partners"))
                .expectNoEvents();
    }

    @Test
    void aSuspendedMemberIsNotAPartner() {
        coalition().andGiven(new MemberSuspended(COALITION, MEMBER))
                .when(new AssociatePartner(COALITION, MEMBER, PartnerRole.OBSERVER, Governance.DEMOCRATIC))
                .expectException(violates("members-are-not-partners"))
                .expectNoEvents();
    }

    @Test
    void aWithdrawnMemberMayBecomeAPartner() {
        coalition().andGiven(new MemberWithdrawn(COALITION, MEMBER))
                .when(new AssociatePartner(COALITION, MEMBER, PartnerRole.FINANCIAL_CONTRIBUTOR, Governance.DEMOCRATIC))
                .expectEvents(new PartnerAssociated(COALITION, MEMBER, PartnerRole.FINANCIAL_CONTRIBUTOR,
                        Governance.DEMOCRATIC));
    }

    @Test
    void aPartnerIsAssociatedOnce() {
        coalition().andGiven(hostNation())
                .when(new AssociatePartner(COALITION, HOST, PartnerRole.TRANSIT_STATE, Governance.DEMOCRATIC))
                .expectException(violates("partners-are-associated-once"))
                .expectNoEvents();
    }

    @Test
    void aFormerPartnerMayBeAssociatedAgain() {
        coalition().andGiven(hostNation(), new PartnerAssociationEnded(COALITION, HOST))
                .when(new AssociatePartner(COALITION, HOST, PartnerRole.TRANSIT_STATE, Governance.NON_DEMOCRATIC))
                .expectEvents(new PartnerAssociated(COALITION, HOST, PartnerRole.TRANSIT_STATE,
                        Governance.NON_DEMOCRATIC));
    }

    @Test
    void aPartnersRoleChanges() {
        coalition().andGiven(hostNation())
                .when(new UpdatePartnerStatus(COALITION, HOST, PartnerRole.TRANSIT_STATE, Governance.UNASSESSED))
                .expectEvents(new PartnerStatusChanged(COALITION, HOST, PartnerRole.TRANSIT_STATE,
                        Governance.UNASSESSED));
    }

    @Test
    void aPartnersGovernanceAssessmentChanges() {
        coalition().andGiven(hostNation())
                .when(new UpdatePartnerStatus(COALITION, HOST, PartnerRole.HOST_NATION, Governance.NON_DEMOCRATIC))
                .expectEvents(new PartnerStatusChanged(COALITION, HOST, PartnerRole.HOST_NATION,
                        Governance.NON_DEMOCRATIC));
    }

    @Test
    void aPartnerStatusUpdateMustChangeSomething() {
        coalition().andGiven(hostNation())
                .when(new UpdatePartnerStatus(COALITION, HOST, PartnerRole.HOST_NATION, Governance.UNASSESSED))
                .expectException(violates("partner-status-must-change"))
                .expectNoEvents();
    }

    @Test
    void aPartnerStatusUpdateIsJudgedAgainstTheLatestStatus() {
        coalition().andGiven(hostNation(),
                        new PartnerStatusChanged(COALITION, HOST, PartnerRole.OBSERVER, Governance.DEMOCRATIC))
                .when(new UpdatePartnerStatus(COALITION, HOST, PartnerRole.OBSERVER, Governance.DEMOCRATIC))
                .expectException(violates("partner-status-must-change"))
                .expectNoEvents();
    }

    @Test
    void aRenewedPartnershipStartsFromItsNewStatus() {
        coalition().andGiven(hostNation(), new PartnerAssociationEnded(COALITION, HOST),
                        new PartnerAssociated(COALITION, HOST, PartnerRole.OBSERVER, Governance.DEMOCRATIC))
                .when(new UpdatePartnerStatus(COALITION, HOST, PartnerRole.OBSERVER, Governance.DEMOCRATIC))
                .expectException(violates("partner-status-must-change"))
                .expectNoEvents();
    }

    @Test
    void anEndedPartnershipChangesNoStatus() {
        coalition().andGiven(hostNation(), new PartnerAssociationEnded(COALITION, HOST))
                .when(new UpdatePartnerStatus(COALITION, HOST, PartnerRole.OBSERVER, Governance.DEMOCRATIC))
                .expectException(violates("partner-must-be-associated"))
                .expectNoEvents();
    }

    @Test
    void aPartnershipEnds() {
        coalition().andGiven(hostNation())
                .when(new EndPartnerAssociation(COALITION, HOST))
                .expectEvents(new PartnerAssociationEnded(COALITION, HOST));
    }

    @Test
    void aPartnershipEndsOnce() {
        coalition().andGiven(hostNation(), new PartnerAssociationEnded(COALITION, HOST))
                .when(new EndPartnerAssociation(COALITION, HOST))
                .expectException(violates("partner-must-be-associated"))
                .expectNoEvents();
    }

    @Test
    void aNationNeverAssociatedHasNoPartnershipToEnd() {
        // not a rule violation: no Partner entity takes the command (answered 404 by the platform)
        coalition().when(new EndPartnerAssociation(COALITION, OUTSIDER))
                .expectException(AggregateEntityNotFoundException.class)
                .expectNoEvents();
    }

    // --- standing, asked before recording domestic support ---

    @Test
    void aMemberStandsInTheCoalitionAndNothingIsRecorded() {
        coalition().when(new ConfirmStanding(COALITION, MEMBER))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aWithdrawnMemberHasNoStanding() {
        coalition().andGiven(new MemberWithdrawn(COALITION, MEMBER))
                .when(new ConfirmStanding(COALITION, MEMBER))
                .expectException(violates("only-members-are-assessed"));
    }

    @Test
    void aStrangerHasNoStanding() {
        coalition().when(new ConfirmStanding(COALITION, OUTSIDER))
                .expectException(violates("only-members-are-assessed"));
    }

    @Test
    void aDissolvedCoalitionGivesNoStanding() {
        coalition().andGiven(new CoalitionDissolved(COALITION))
                .when(new ConfirmStanding(COALITION, MEMBER))
                .expectException(violates("dissolved-coalitions-are-closed"));
    }
}
