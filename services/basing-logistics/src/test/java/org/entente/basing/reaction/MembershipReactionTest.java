package org.entente.basing.reaction;

import org.entente.basing.agreement.CloseBasingAgreement;
import org.entente.basing.agreement.ClosureCause;
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
import org.entente.contracts.membership.v1.MemberAdmitted;
import org.entente.contracts.membership.v1.MemberSuspended;
import org.entente.contracts.membership.v1.MemberWithdrawn;
import org.entente.contracts.membership.v1.PartnerAssociationEnded;
import org.entente.testing.ReactionHarness;
import org.junit.jupiter.api.Test;

import java.util.List;

/** What each membership decision does to the coalition's bases, clearances, routes and sustainment. */
class MembershipReactionTest {

    /** Coalition c-1: Italy hosts a-1 and granted k-1; the coalition also has a-2, k-2, route r-1 and request s-1. */
    private static final class Directory extends BasingDirectory {

        Directory() {
            super(null);
        }

        @Override
        public List<String> openAgreementsHostedBy(String coalitionId, String hostNation) {
            return coalitionId.equals("c-1") && hostNation.equals("ITA") ? List.of("a-1") : List.of();
        }

        @Override
        public List<String> liveClearancesGrantedBy(String coalitionId, String grantingNation) {
            return coalitionId.equals("c-1") && grantingNation.equals("ITA") ? List.of("k-1") : List.of();
        }

        @Override
        public List<String> openAgreements(String coalitionId) {
            return List.of("a-1", "a-2");
        }

        @Override
        public List<String> unendedClearances(String coalitionId) {
            return List.of("k-1", "k-2");
        }

        @Override
        public List<String> unretiredRoutes(String coalitionId) {
            return List.of("r-1");
        }

        @Override
        public List<String> openSustainmentRequests(String coalitionId) {
            return List.of("s-1");
        }
    }

    private final ReactionHarness harness = ReactionHarness.of("basing-logistics",
            new MembershipReaction(new Directory()));

    @Test
    void aHostThatWithdrawsSuspendsTheBasesItHostsAndTheClearancesItGranted() {
        harness.when(new MemberWithdrawn("c-1", "ITA")).expectCommands(
                new SuspendBasingAgreement("a-1", SuspensionCause.MEMBER_WITHDRAWN, null),
                new SuspendClearance("k-1", ClearanceSuspensionCause.MEMBER_WITHDRAWN));
    }

    @Test
    void aSuspendedHostSuspendsThemToo() {
        harness.when(new MemberSuspended("c-1", "ITA")).expectCommands(
                new SuspendBasingAgreement("a-1", SuspensionCause.MEMBER_SUSPENDED, null),
                new SuspendClearance("k-1", ClearanceSuspensionCause.MEMBER_SUSPENDED));
    }

    @Test
    void aPartnerWhoseAssociationEndedSuspendsOnlyTheBasesItHosts() {
        harness.when(new PartnerAssociationEnded("c-1", "ITA"))
                .expectCommands(new SuspendBasingAgreement("a-1", SuspensionCause.PARTNER_ENDED, null));
    }

    @Test
    void aDissolutionClosesEverythingOfTheCoalition() {
        harness.when(new CoalitionDissolved("c-1")).expectCommands(
                new CloseBasingAgreement("a-1", ClosureCause.COALITION_DISSOLVED),
                new CloseBasingAgreement("a-2", ClosureCause.COALITION_DISSOLVED),
                new CloseClearance("k-1", ClearanceClosureCause.COALITION_DISSOLVED),
                new CloseClearance("k-2", ClearanceClosureCause.COALITION_DISSOLVED),
                new RetireSupplyRoute("r-1", RouteRetirementCause.COALITION_DISSOLVED),
                new CloseSustainmentRequest("s-1", SustainmentClosureCause.COALITION_DISSOLVED, null));
    }

    @Test
    void aNationThatHostsNothingOrAnAdmissionCausesNothing() {
        harness.when(new MemberWithdrawn("c-1", "NOR")).expectNoCommands();
        harness.when(new MemberAdmitted("c-1", "SWE")).expectNoCommands();
    }
}
