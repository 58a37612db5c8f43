package org.entente.commandstructure.view;

import org.entente.commandstructure.authority.Degree;
import org.entente.commandstructure.authority.ForceRecalled;
import org.entente.commandstructure.authority.ForceReturnedToNationalCommand;
import org.entente.commandstructure.authority.ReturnCause;
import org.entente.commandstructure.authority.ForceStatus;
import org.entente.commandstructure.authority.TaskingKind;
import org.entente.commandstructure.headquarters.Level;
import org.entente.commandstructure.operation.OperationStatus;
import org.entente.commandstructure.tasking.TaskingApproved;
import org.entente.commandstructure.tasking.TaskingAwaitingApproval;
import org.entente.commandstructure.tasking.TaskingEndCause;
import org.entente.commandstructure.tasking.TaskingEnded;
import org.entente.commandstructure.tasking.TaskingIssued;
import org.entente.commandstructure.tasking.TaskingStatus;
import org.entente.platform.decision.Decision;
import org.entente.platform.history.Perspective;
import org.entente.platform.history.RecordedEvent;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.commandstructure.OperationFixtures.AIR;
import static org.entente.commandstructure.OperationFixtures.COALITION;
import static org.entente.commandstructure.OperationFixtures.MARITIME;
import static org.entente.commandstructure.OperationFixtures.OPERATION;
import static org.entente.commandstructure.OperationFixtures.OPERATIONAL;
import static org.entente.commandstructure.OperationFixtures.STRATEGIC;
import static org.entente.commandstructure.OperationFixtures.established;
import static org.entente.commandstructure.OperationFixtures.hq;
import static org.entente.commandstructure.OperationFixtures.placed;

/** The operation read at any instant on both time axes, without the aggregate. */
class OperationTimelineTest {

    private static final Instant T0 = Instant.parse("2011-03-20T00:00:00Z");
    private final List<RecordedEvent> history = new ArrayList<>();

    /** Records {@code payload} at {@code recorded}, in effect from {@code effective} (null: when recorded). */
    private void record(Object payload, Instant recorded, Instant effective) {
        Decision decision = new Decision("officer", "GBR", List.of("planner"), "why", null, effective, "c", "c", null,
                null, null);
        history.add(new RecordedEvent("e-" + history.size(), OPERATION, "Operation", history.size(), recorded,
                decision, null, payload));
    }

    private void tree() {
        record(established(), T0, null);
        record(hq(STRATEGIC, Level.STRATEGIC, null, "USA", null), T0.plusSeconds(1), null);
        record(hq(OPERATIONAL, Level.OPERATIONAL, null, "GBR", STRATEGIC), T0.plusSeconds(2), null);
        record(hq(MARITIME, Level.COMPONENT, org.entente.commandstructure.headquarters.Component.MARITIME, "FRA",
                OPERATIONAL), T0.plusSeconds(3), null);
        record(hq(AIR, Level.COMPONENT, org.entente.commandstructure.headquarters.Component.AIR, "GBR", OPERATIONAL),
                T0.plusSeconds(4), null);
    }

    private static Instant day(int d) {
        return Instant.parse(String.format("2011-03-%02dT06:00:00Z", d));
    }

    @Test
    void whoCommandedAForceAtAnyPastInstantIncludingABackdatedTransfer() {
        tree();
        record(placed("can-1", "CAN", MARITIME, Degree.OPCON), day(23), null);
        record(placed("can-1", "CAN", AIR, Degree.TACON), day(28), null);
        // entered on 1 April, true since 25 March: the air component had taken the force over earlier than recorded
        record(placed("can-1", "CAN", OPERATIONAL, Degree.OPCOM), Instant.parse("2011-04-01T00:00:00Z"), day(25));

        ChainOfCommand on24 = chain(day(24), Instant.parse("2011-04-02T00:00:00Z"));
        assertThat(on24.degree()).isEqualTo(Degree.OPCON);
        assertThat(on24.chain()).extracting(CommandLink::nodeId).containsExactly(MARITIME, OPERATIONAL, STRATEGIC);
        assertThat(on24.chain()).extracting(CommandLink::commanderNation).containsExactly("FRA", "GBR", "USA");

        ChainOfCommand on26 = chain(day(26), Instant.parse("2011-04-02T00:00:00Z"));
        assertThat(on26.degree()).as("as known now, the backdated transfer holds on 26 March").isEqualTo(Degree.OPCOM);
        assertThat(on26.chain()).extracting(CommandLink::nodeId).containsExactly(OPERATIONAL, STRATEGIC);

        ChainOfCommand on26KnownOn30 = chain(day(26), day(30));
        assertThat(on26KnownOn30.degree()).as("as it was known on 30 March").isEqualTo(Degree.OPCON);
        assertThat(on26KnownOn30.chain()).extracting(CommandLink::nodeId).first().isEqualTo(MARITIME);

        assertThat(chain(day(29), day(30)).chain()).extracting(CommandLink::nodeId).first().isEqualTo(AIR);
        ChainOfCommand before = chain(day(22), day(30));
        assertThat(before).isNull();
    }

    @Test
    void aForceUnderNationalCommandHasNoCoalitionChainAndItsHistoryShowsEachPeriod() {
        tree();
        record(placed("nor-1", "NOR", AIR, Degree.OPCON), day(23), null);
        record(new ForceRecalled(OPERATION, COALITION, "nor-1", "NOR", "home defence"), day(27), null);

        OperationView now = OperationTimeline.at(history, new Perspective(day(28), day(28)));
        ChainOfCommand chain = now.chainOfCommand("nor-1").orElseThrow();
        assertThat(chain.status()).isEqualTo(ForceStatus.RECALLED);
        assertThat(chain.chain()).isEmpty();
        ForceState force = now.forceState("nor-1").orElseThrow();
        assertThat(force.authorityHistory()).singleElement().satisfies(period -> {
            assertThat(period.nodeId()).isEqualTo(AIR);
            assertThat(period.commanderNation()).isEqualTo("GBR");
            assertThat(period.began()).isEqualTo(day(23));
            assertThat(period.ended()).isEqualTo(day(27));
            assertThat(period.endedBy()).isEqualTo("RECALLED");
        });
        assertThat(now.forceSummary()).isEmpty();
        assertThat(now.orderOfBattle(day(28), day(28)).tree()).singleElement()
                .satisfies(root -> assertThat(root.nodeId()).isEqualTo(STRATEGIC));
    }

    @Test
    void theOrderOfBattleHangsEachForceUnderItsHeadquarters() {
        tree();
        record(placed("fra-1", "FRA", MARITIME, Degree.OPCON), day(23), null);
        record(placed("fra-2", "FRA", MARITIME, Degree.TACON), day(23).plusSeconds(1), null);
        record(placed("gbr-1", "GBR", AIR, Degree.OPCON), day(23).plusSeconds(2), null);

        OperationView view = OperationTimeline.at(history, new Perspective(day(24), day(24)));
        NodeState strategic = view.orderOfBattle(day(24), day(24)).tree().get(0);
        NodeState operational = strategic.subordinates().get(0);
        assertThat(operational.subordinates()).extracting(NodeState::nodeId).containsExactly(MARITIME, AIR);
        assertThat(operational.subordinates().get(0).forces()).extracting(NodeState.PlacedForce::forceId)
                .containsExactly("fra-1", "fra-2");
        assertThat(view.forceSummary()).extracting(ForceSummary::nation, ForceSummary::degree, ForceSummary::forces)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("FRA", Degree.OPCON, 1),
                        org.assertj.core.groups.Tuple.tuple("FRA", Degree.TACON, 1),
                        org.assertj.core.groups.Tuple.tuple("GBR", Degree.OPCON, 1));
        assertThat(view.state().status()).isEqualTo(OperationStatus.OPEN);
        assertThat(view.state().forcesUnderCoalitionAuthority()).isEqualTo(3);
    }

    @Test
    void aTaskingShowsWhoDecidedOnItAndWhy() {
        tree();
        record(placed("fra-1", "FRA", MARITIME, Degree.OPCON), day(23), null);
        record(new TaskingAwaitingApproval(OPERATION, COALITION, "t-1", MARITIME, "fra-1", "FRA", TaskingKind.STRIKE,
                null, null, "strike the depot", "adm.rouge"), day(24), null);
        Decision approval = new Decision("adm.rouge", "FRA", List.of("red-card-holder"), "target verified", null,
                null, "c", "c", null, null, null);
        history.add(new RecordedEvent("e-approval", OPERATION, "Operation", history.size(), day(25), approval, null,
                new TaskingApproved(OPERATION, COALITION, "t-1", "fra-1", "FRA", "adm.rouge")));

        List<TaskingState> on24 = OperationTimeline.at(history, new Perspective(day(24), day(26))).taskings();
        assertThat(on24).singleElement().satisfies(t -> assertThat(t.status()).isEqualTo(TaskingStatus.PENDING_APPROVAL));
        TaskingState on25 = OperationTimeline.at(history, new Perspective(day(25), day(26))).taskings().get(0);
        assertThat(on25.status()).isEqualTo(TaskingStatus.ISSUED);
        assertThat(on25.decidedBy()).isEqualTo("adm.rouge");
        assertThat(on25.decisionRationale()).isEqualTo("target verified");
        assertThat(on25.taskedBy()).isEqualTo("officer");
    }

    @Test
    void aBackdatedReturnEndsAPlacementThatTakesEffectAfterIt() {
        tree();
        // placed on 21 March to take effect on 25 March; Canada withdrew effective 22 March, recorded on 23 March
        record(placed("can-1", "CAN", MARITIME, Degree.OPCON), day(21), day(25));
        record(new ForceReturnedToNationalCommand(OPERATION, COALITION, "can-1", "CAN", ReturnCause.MEMBER_WITHDRAWN),
                day(23), day(22));

        assertThat(OperationTimeline.at(history, new Perspective(day(24), day(30))).forceState("can-1")).isEmpty();
        OperationView on26 = OperationTimeline.at(history, new Perspective(day(26), day(30)));
        ForceState force = on26.forceState("can-1").orElseThrow();
        assertThat(force.status()).as("as the aggregate says: returned").isEqualTo(
                ForceStatus.RETURNED_TO_NATIONAL_COMMAND);
        assertThat(force.authorityHistory()).singleElement().satisfies(period -> {
            assertThat(period.began()).isEqualTo(day(25));
            assertThat(period.ended()).isEqualTo(day(25));
            assertThat(period.endedBy()).isEqualTo("MEMBER_WITHDRAWN");
        });
        assertThat(on26.forceSummary()).isEmpty();
        assertThat(on26.orderOfBattle(day(26), day(30)).unattached()).isEmpty();
        assertThat(on26.orderOfBattle(day(26), day(30)).tree().get(0).subordinates().get(0).subordinates())
                .allSatisfy(component -> assertThat(component.forces()).isEmpty());
        assertThat(on26.state().forcesUnderCoalitionAuthority()).isZero();
        ForceState knownOn22 = OperationTimeline.at(history, new Perspective(day(26), day(22))).forceState("can-1")
                .orElseThrow();
        assertThat(knownOn22.status()).as("as known before the return was recorded")
                .isEqualTo(ForceStatus.UNDER_COALITION_AUTHORITY);
    }

    @Test
    void aBackdatedReturnEndsAReplacementThatTakesEffectAfterIt() {
        tree();
        record(placed("can-1", "CAN", MARITIME, Degree.OPCON), day(21), null);
        // re-placed on 22 March to take effect on 26 March; Canada withdrew effective 24 March
        record(placed("can-1", "CAN", AIR, Degree.TACON), day(22), day(26));
        record(new ForceReturnedToNationalCommand(OPERATION, COALITION, "can-1", "CAN", ReturnCause.MEMBER_WITHDRAWN),
                day(24), null);

        ForceState on25 = OperationTimeline.at(history, new Perspective(day(25), day(30))).forceState("can-1")
                .orElseThrow();
        assertThat(on25.status()).isEqualTo(ForceStatus.RETURNED_TO_NATIONAL_COMMAND);
        assertThat(on25.authorityHistory()).singleElement()
                .satisfies(period -> assertThat(period.ended()).isEqualTo(day(24)));
        OperationView on27 = OperationTimeline.at(history, new Perspective(day(27), day(30)));
        ForceState force = on27.forceState("can-1").orElseThrow();
        assertThat(force.status()).as("the re-placement does not outlive the return").isEqualTo(
                ForceStatus.RETURNED_TO_NATIONAL_COMMAND);
        assertThat(force.authorityHistory()).extracting(AuthorityPeriod::nodeId, AuthorityPeriod::ended,
                AuthorityPeriod::endedBy).containsExactly(
                org.assertj.core.groups.Tuple.tuple(MARITIME, day(26), "PLACED_AGAIN"),
                org.assertj.core.groups.Tuple.tuple(AIR, day(26), "MEMBER_WITHDRAWN"));
        assertThat(on27.chainOfCommand("can-1").orElseThrow().chain()).isEmpty();
        assertThat(on27.forceSummary()).isEmpty();
    }

    @Test
    void aBackdatedTaskingEndOutlastsTheTaskingAndItsApproval() {
        tree();
        record(placed("fra-1", "FRA", MARITIME, Degree.OPCON), day(21), null);
        record(new TaskingAwaitingApproval(OPERATION, COALITION, "t-1", MARITIME, "fra-1", "FRA", TaskingKind.STRIKE,
                null, null, "strike the depot", "adm.rouge"), day(22), null);
        record(new TaskingApproved(OPERATION, COALITION, "t-1", "fra-1", "FRA", "adm.rouge"), day(25), null);
        // given on 23 March to start on 27 March
        record(new TaskingIssued(OPERATION, COALITION, "t-2", MARITIME, "fra-1", "FRA", TaskingKind.PATROL, null,
                null, "patrol the approaches"), day(23), day(27));
        // France suspended effective 24 March, recorded on 26 March: its force returns and both taskings end
        record(new ForceReturnedToNationalCommand(OPERATION, COALITION, "fra-1", "FRA", ReturnCause.MEMBER_SUSPENDED),
                day(26), day(24));
        record(new TaskingEnded(OPERATION, COALITION, "t-1", "fra-1", TaskingEndCause.RETURNED_TO_NATIONAL_COMMAND),
                day(26), day(24));
        record(new TaskingEnded(OPERATION, COALITION, "t-2", "fra-1", TaskingEndCause.RETURNED_TO_NATIONAL_COMMAND),
                day(26), day(24));

        OperationView on28 = OperationTimeline.at(history, new Perspective(day(28), day(30)));
        assertThat(on28.taskings()).extracting(TaskingState::taskingId, TaskingState::status,
                TaskingState::endCause, TaskingState::endedAt).containsExactly(
                org.assertj.core.groups.Tuple.tuple("t-1", TaskingStatus.ENDED,
                        TaskingEndCause.RETURNED_TO_NATIONAL_COMMAND, day(25)),
                org.assertj.core.groups.Tuple.tuple("t-2", TaskingStatus.ENDED,
                        TaskingEndCause.RETURNED_TO_NATIONAL_COMMAND, day(27)));
        assertThat(on28.state().openTaskings()).isZero();
        assertThat(on28.forceState("fra-1").orElseThrow().status())
                .isEqualTo(ForceStatus.RETURNED_TO_NATIONAL_COMMAND);
        assertThat(OperationTimeline.at(history, new Perspective(day(28), day(25))).taskings())
                .as("as known before the suspension was recorded").extracting(TaskingState::status)
                .containsExactly(TaskingStatus.ISSUED, TaskingStatus.ISSUED);
    }

    @Test
    void beforeItWasEstablishedThereIsNoOperation() {
        tree();
        assertThat(OperationTimeline.at(history, new Perspective(T0.minusSeconds(1), day(30))).exists()).isFalse();
        assertThat(OperationTimeline.at(history, new Perspective(day(30), T0.minusSeconds(1))).exists()).isFalse();
    }

    private ChainOfCommand chain(Instant asOf, Instant knownAt) {
        return OperationTimeline.at(history, new Perspective(asOf, knownAt)).chainOfCommand("can-1").orElse(null);
    }
}
