package org.entente.platform.roster;

import org.entente.contracts.membership.v1.CoalitionDissolved;
import org.entente.contracts.membership.v1.CoalitionFormed;
import org.entente.contracts.membership.v1.MemberAdmitted;
import org.entente.contracts.membership.v1.MemberSuspended;
import org.entente.contracts.membership.v1.MemberWithdrawn;
import org.entente.contracts.membership.v1.PartnerAssociated;
import org.entente.contracts.membership.v1.PartnerAssociationEnded;
import org.entente.contracts.membership.v1.PledgeWithdrawn;
import org.entente.testing.ReactionHarness;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The roster learns who stands where from the membership topic, and sends no command. */
class RosterReactionTest {

    private final List<String> written = new ArrayList<>();
    private final ReactionHarness harness = ReactionHarness.of("command-structure", new RosterReaction(
            new JdbcCoalitionRoster(null) {
                @Override
                void coalitionFormed(String coalitionId, String name, String exerciseId) {
                    written.add("formed " + coalitionId + " " + name + " " + exerciseId);
                }

                @Override
                void coalitionDissolved(String coalitionId) {
                    written.add("dissolved " + coalitionId);
                }

                @Override
                void stand(String coalitionId, String nation, Standing standing, String partnerRole) {
                    written.add(nation + " " + standing + (partnerRole == null ? "" : " " + partnerRole));
                }
            }));

    @Test
    void eachMembershipChangeIsAStanding() {
        harness.when(new CoalitionFormed("c-1", "Unified Protector", "AD_HOC", "PEACE_ENFORCEMENT", null, "USA",
                null, "exercise-1")).expectNoCommands();
        harness.when(new MemberAdmitted("c-1", "SWE"));
        harness.when(new MemberSuspended("c-1", "SWE"));
        harness.when(new MemberWithdrawn("c-1", "NOR"));
        harness.when(new PartnerAssociated("c-1", "QAT", "HOST_NATION", "NON_DEMOCRATIC"));
        harness.when(new PartnerAssociationEnded("c-1", "QAT"));
        harness.when(new PledgeWithdrawn("c-1", "p-1", "NATIONAL_DECISION"));
        harness.when(new CoalitionDissolved("c-1")).expectNoCommands();

        assertThat(written).containsExactly("formed c-1 Unified Protector exercise-1", "SWE ACTIVE_MEMBER",
                "SWE SUSPENDED_MEMBER", "NOR WITHDRAWN_MEMBER", "QAT PARTNER HOST_NATION", "QAT FORMER_PARTNER",
                "dissolved c-1");
    }
}
