package org.entente.commandstructure.reaction;

import org.entente.commandstructure.authority.ReturnCause;
import org.entente.commandstructure.operation.CloseOperation;
import org.entente.commandstructure.operation.ClosureCause;
import org.entente.commandstructure.operation.ReturnNationalForces;
import org.entente.contracts.membership.v1.CoalitionDissolved;
import org.entente.contracts.membership.v1.MemberAdmitted;
import org.entente.contracts.membership.v1.MemberSuspended;
import org.entente.contracts.membership.v1.MemberWithdrawn;
import org.entente.testing.ReactionHarness;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

/** What each membership change does to the coalition's open operations (no broker, no database). */
class MembershipReactionsTest {

    private final ReactionHarness harness = ReactionHarness.of("command-structure", new MembershipReactions(
            Map.of("unified-protector", List.of("op-1", "op-2"))::get));

    @Test
    void aWithdrawnMemberTakesItsForcesBackInEveryOpenOperation() {
        harness.when(new MemberWithdrawn("unified-protector", "NOR"))
                .expectCommands(new ReturnNationalForces("op-1", "NOR", ReturnCause.MEMBER_WITHDRAWN),
                        new ReturnNationalForces("op-2", "NOR", ReturnCause.MEMBER_WITHDRAWN));
    }

    @Test
    void aSuspendedMemberTakesItsForcesBackToo() {
        harness.when(new MemberSuspended("unified-protector", "ITA"))
                .expectCommands(new ReturnNationalForces("op-1", "ITA", ReturnCause.MEMBER_SUSPENDED),
                        new ReturnNationalForces("op-2", "ITA", ReturnCause.MEMBER_SUSPENDED));
    }

    @Test
    void aDissolutionClosesEveryOpenOperation() {
        harness.when(new CoalitionDissolved("unified-protector"))
                .expectCommands(new CloseOperation("op-1", ClosureCause.COALITION_DISSOLVED),
                        new CloseOperation("op-2", ClosureCause.COALITION_DISSOLVED));
    }

    @Test
    void aCoalitionWithoutOpenOperationsOrAnAdmissionCausesNothing() {
        ReactionHarness.of("command-structure", new MembershipReactions(coalition -> List.of()))
                .when(new MemberWithdrawn("ocean-shield", "NOR")).expectNoCommands();
        harness.when(new MemberAdmitted("unified-protector", "SWE")).expectNoCommands();
    }
}
