package org.entente.roe.operation;

import org.entente.contracts.commandstructure.v1.ForcePlacedUnderAuthority;
import org.entente.contracts.commandstructure.v1.ForceRecalled;
import org.entente.contracts.commandstructure.v1.ForceReturnedToNationalCommand;
import org.entente.contracts.commandstructure.v1.OperationClosed;
import org.entente.contracts.commandstructure.v1.OperationEstablished;
import org.entente.contracts.commandstructure.v1.TaskingIssued;
import org.entente.platform.inbox.Poison;
import org.entente.roe.inbox.Releasable;
import org.entente.roe.profile.CloseProfile;
import org.entente.roe.profile.ProfileClosureCause;
import org.entente.testing.ReactionHarness;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The operations read model kept from command structure, and the profile closed with its operation. */
class CommandStructureReactionTest {

    /** The facts written, each as text: what happened, to which operation, from which event. */
    private final List<String> facts = new ArrayList<>();
    private final List<ForcePlacement> placements = new ArrayList<>();

    private final OperationFacts operations = new OperationFacts() {
        @Override
        public void established(String eventId, Releasable release, String operationId, String coalitionId,
                                String name) {
            facts.add("established " + operationId + " of " + coalitionId + " " + name + " by " + eventId);
        }

        @Override
        public void closed(String eventId, Releasable release, String operationId, String coalitionId, String cause) {
            facts.add("closed " + operationId + " " + cause + " by " + eventId);
        }

        @Override
        public void placed(String eventId, Releasable release, ForcePlacement placement) {
            placements.add(placement);
        }

        @Override
        public void ended(String eventId, Releasable release, String operationId, String coalitionId, String forceId,
                          String nation, ForceStanding standing, String cause) {
            facts.add(standing + " " + forceId + " of " + nation + " " + cause);
        }
    };
    private final ReactionHarness harness = ReactionHarness.of("rules-of-engagement",
            new CommandStructureReaction(operations, "op-1"::equals));

    @Test
    void anEstablishedOperationIsKnownWithTheEventThatToldIt() {
        ReactionHarness.Reacted reacted = harness.when(new OperationEstablished("op-1", "c-1", "Unified Protector"))
                .expectNoCommands();
        assertThat(facts).containsExactly("established op-1 of c-1 Unified Protector by " + reacted.cause().id());
    }

    @Test
    void aClosedOperationClosesItsProfileWithTheDissolutionNamedWhenItWasTheCause() {
        harness.when(new OperationClosed("op-1", "c-1", "COALITION_DISSOLVED"))
                .expectCommands(new CloseProfile("op-1", ProfileClosureCause.COALITION_DISSOLVED));
        harness.when(new OperationClosed("op-1", "c-1", "CONCLUDED"))
                .expectCommands(new CloseProfile("op-1", ProfileClosureCause.OPERATION_CLOSED));
        harness.when(new OperationClosed("op-9", "c-1", "CONCLUDED")).expectNoCommands(); // no profile there
    }

    @Test
    void aPlacementARecallAndAReturnAreKept() {
        harness.when(new ForcePlacedUnderAuthority("op-1", "c-1", "NOR-F16", "NOR", "fighter squadron", 6, "hq-1",
                "OPCON", List.of("ARMS_EMBARGO"), "Libya", null, null)).expectNoCommands();
        harness.when(new ForceRecalled("op-1", "c-1", "NOR-F16", "NOR", "needed at home"));
        harness.when(new ForceReturnedToNationalCommand("op-1", "c-1", "ITA-KC", "ITA", "MEMBER_WITHDRAWN"));

        assertThat(placements).singleElement().satisfies(placed -> {
            assertThat(placed.degree()).isEqualTo("OPCON");
            assertThat(placed.functions()).containsExactly("ARMS_EMBARGO");
            assertThat(placed.standing()).isEqualTo(ForceStanding.UNDER_COALITION_AUTHORITY);
        });
        assertThat(facts).containsExactly("RECALLED NOR-F16 of NOR needed at home",
                "RETURNED_TO_NATIONAL_COMMAND ITA-KC of ITA MEMBER_WITHDRAWN");
    }

    @Test
    void aPlacementWithoutTheFieldsTheContractRequiresIsPoison() {
        assertThatThrownBy(() -> harness.when(new ForcePlacedUnderAuthority("op-1", "c-1", null, "NOR", null, 1, null,
                "OPCON", List.of(), null, null, null))).isInstanceOf(Poison.class).hasMessageContaining("forceId");
    }

    @Test
    void taskingsConcernNoRuleOfEngagement() {
        harness.when(new TaskingIssued("op-1", "c-1", "t-1", "hq-1", "NOR-F16", "NOR", "PATROL", null, null, "x"))
                .expectNoCommands();
        assertThat(facts).isEmpty();
    }
}
