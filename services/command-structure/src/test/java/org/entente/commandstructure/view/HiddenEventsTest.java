package org.entente.commandstructure.view;

import org.entente.commandstructure.authority.Degree;
import org.entente.commandstructure.authority.ForceRecalled;
import org.entente.commandstructure.authority.ForceReturnedToNationalCommand;
import org.entente.commandstructure.authority.ForceStatus;
import org.entente.commandstructure.authority.ReturnCause;
import org.entente.commandstructure.authority.TaskingKind;
import org.entente.commandstructure.headquarters.Component;
import org.entente.commandstructure.headquarters.Level;
import org.entente.commandstructure.operation.ClosureCause;
import org.entente.commandstructure.operation.LeadNationDesignated;
import org.entente.commandstructure.operation.LeadNationVacated;
import org.entente.commandstructure.operation.OperationClosed;
import org.entente.commandstructure.tasking.RedCardPolicySet;
import org.entente.commandstructure.tasking.TaskingApproved;
import org.entente.commandstructure.tasking.TaskingAwaitingApproval;
import org.entente.commandstructure.tasking.TaskingEndCause;
import org.entente.commandstructure.tasking.TaskingEnded;
import org.entente.commandstructure.tasking.TaskingIssued;
import org.entente.commandstructure.tasking.TaskingVetoed;
import org.entente.platform.decision.Actor;
import org.entente.platform.decision.Decision;
import org.entente.platform.history.Perspective;
import org.entente.platform.history.RecordedEvent;
import org.entente.platform.history.Releasability;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.entente.commandstructure.OperationFixtures.AIR;
import static org.entente.commandstructure.OperationFixtures.COALITION;
import static org.entente.commandstructure.OperationFixtures.MARITIME;
import static org.entente.commandstructure.OperationFixtures.OPERATION;
import static org.entente.commandstructure.OperationFixtures.OPERATIONAL;
import static org.entente.commandstructure.OperationFixtures.STRATEGIC;
import static org.entente.commandstructure.OperationFixtures.established;
import static org.entente.commandstructure.OperationFixtures.hq;
import static org.entente.commandstructure.OperationFixtures.placed;

/**
 * Releasability leaves events out of the history a reader's view is folded from (platform EventHistory): a later
 * fact may then refer to something the reader never saw created — a recall of a force whose placement was
 * restricted, an approval of a restricted tasking, a force under a restricted headquarters. The fold ignores such
 * facts and never fails.
 */
class HiddenEventsTest {

    private static final Instant T0 = Instant.parse("2011-03-20T00:00:00Z");
    private static final List<String> TO_FRA_AND_GBR = List.of("FRA", "GBR");
    private final List<RecordedEvent> history = new ArrayList<>();

    private void record(Object payload, List<String> releasableTo) {
        Instant at = T0.plusSeconds(3600L * history.size());
        Decision decision = new Decision("officer.usa", "USA", List.of("planner"), "why", null, null, "c", "c", null,
                null, releasableTo);
        history.add(new RecordedEvent("e-" + history.size(), OPERATION, "Operation", history.size(), at, decision,
                null, payload));
    }

    private void record(Object payload) {
        record(payload, null);
    }

    /** What the platform's EventHistory gives {@code reader}: nothing if the first event is hidden, else the visible. */
    private List<RecordedEvent> as(Actor reader) {
        if (!Releasability.visibleTo(reader, history.get(0).decision())) {
            return List.of();
        }
        return history.stream().filter(e -> Releasability.visibleTo(reader, e.decision())).toList();
    }

    private static Actor reader(String nation) {
        return new Actor("reader." + nation, nation, List.of("auditor"), List.of(), List.of());
    }

    private static final Perspective LATER = new Perspective(T0.plus(java.time.Duration.ofDays(30)),
            T0.plus(java.time.Duration.ofDays(30)));

    @Test
    void aRecallOfARestrictedForceIsIgnoredByThoseWhoNeverSawItPlaced() {
        record(established());
        record(hq(STRATEGIC, Level.STRATEGIC, null, "GBR", null));
        record(placed("usa-sub", "USA", STRATEGIC, Degree.OPCON), TO_FRA_AND_GBR);
        record(new ForceRecalled(OPERATION, COALITION, "usa-sub", "USA", "home waters"));

        OperationView nor = OperationTimeline.at(as(reader("NOR")), LATER);
        assertThat(nor.forceState("usa-sub")).isEmpty();
        assertThat(nor.chainOfCommand("usa-sub")).isEmpty();
        assertThat(nor.forces()).isEmpty();
        assertThat(nor.state().forcesUnderCoalitionAuthority()).isZero();

        OperationView fra = OperationTimeline.at(as(reader("FRA")), LATER);
        assertThat(fra.forceState("usa-sub").orElseThrow().status()).isEqualTo(ForceStatus.RECALLED);
    }

    @Test
    void aForcePlacedRestrictedThenPlacedAgainForAllShowsOnlyTheOpenPlacement() {
        record(established());
        record(hq(STRATEGIC, Level.STRATEGIC, null, "GBR", null));
        record(placed("usa-awacs", "USA", STRATEGIC, Degree.OPCON), TO_FRA_AND_GBR);
        record(placed("usa-awacs", "USA", STRATEGIC, Degree.TACON));

        ForceState nor = OperationTimeline.at(as(reader("NOR")), LATER).forceState("usa-awacs").orElseThrow();
        assertThat(nor.degree()).isEqualTo(Degree.TACON);
        assertThat(nor.authorityHistory()).singleElement()
                .satisfies(period -> assertThat(period.degree()).isEqualTo(Degree.TACON));
        ForceState fra = OperationTimeline.at(as(reader("FRA")), LATER).forceState("usa-awacs").orElseThrow();
        assertThat(fra.authorityHistory()).extracting(AuthorityPeriod::degree)
                .containsExactly(Degree.OPCON, Degree.TACON);
    }

    @Test
    void aDecisionOnARestrictedTaskingIsIgnoredByThoseWhoNeverSawItGiven() {
        record(established());
        record(hq(STRATEGIC, Level.STRATEGIC, null, "GBR", null));
        record(placed("usa-sof", "USA", STRATEGIC, Degree.OPCON));
        record(new TaskingAwaitingApproval(OPERATION, COALITION, "t-1", STRATEGIC, "usa-sof", "USA",
                TaskingKind.STRIKE, null, null, "raid", "usa.red"), TO_FRA_AND_GBR);
        record(new TaskingApproved(OPERATION, COALITION, "t-1", "usa-sof", "USA", "usa.red"));
        record(new TaskingEnded(OPERATION, COALITION, "t-1", "usa-sof", TaskingEndCause.FORCE_RECALLED));

        OperationView nor = OperationTimeline.at(as(reader("NOR")), LATER);
        assertThat(nor.taskings()).isEmpty();
        assertThat(nor.state().openTaskings()).isZero();
        assertThat(OperationTimeline.at(as(reader("FRA")), LATER).taskings()).singleElement()
                .satisfies(t -> assertThat(t.decidedBy()).isEqualTo("officer.usa"));
    }

    @Test
    void aForceUnderARestrictedHeadquartersIsListedApartWithAnEmptyChain() {
        record(established());
        record(hq(STRATEGIC, Level.STRATEGIC, null, "GBR", null));
        record(hq(OPERATIONAL, Level.OPERATIONAL, null, "USA", STRATEGIC), TO_FRA_AND_GBR);
        record(hq(AIR, Level.COMPONENT, Component.AIR, "GBR", OPERATIONAL));
        record(placed("nor-f16", "NOR", OPERATIONAL, Degree.OPCON));

        OperationView nor = OperationTimeline.at(as(reader("NOR")), LATER);
        OrderOfBattle orbat = nor.orderOfBattle(LATER.asOf(), LATER.knownAt());
        assertThat(orbat.tree()).extracting(NodeState::nodeId).as("the air component's parent is unknown to NOR")
                .containsExactly(STRATEGIC, AIR);
        assertThat(orbat.unattached()).extracting(NodeState.PlacedForce::forceId).containsExactly("nor-f16");
        ChainOfCommand chain = nor.chainOfCommand("nor-f16").orElseThrow();
        assertThat(chain.status()).isEqualTo(ForceStatus.UNDER_COALITION_AUTHORITY);
        assertThat(chain.chain()).isEmpty();
        assertThat(nor.forceState("nor-f16").orElseThrow().authorityHistory()).singleElement()
                .satisfies(period -> assertThat(period.commanderNation()).isNull());
        assertThat(nor.state().headquarters()).isEqualTo(2);

        OperationView fra = OperationTimeline.at(as(reader("FRA")), LATER);
        assertThat(fra.chainOfCommand("nor-f16").orElseThrow().chain()).extracting(CommandLink::nodeId)
                .containsExactly(OPERATIONAL, STRATEGIC);
    }

    @Test
    void anOperationEstablishedRestrictedDoesNotExistForOthers() {
        record(established(), TO_FRA_AND_GBR);
        record(hq(STRATEGIC, Level.STRATEGIC, null, "GBR", null));

        assertThat(OperationTimeline.at(as(reader("NOR")), LATER).exists()).isFalse();
        assertThat(OperationTimeline.at(as(reader("USA")), LATER).exists()).as("its recording nation").isTrue();
        assertThat(OperationTimeline.at(as(reader("GBR")), LATER).exists()).isTrue();
    }

    /**
     * Every fact of a full operation, then every history with any one or two of them left out (the establishment
     * kept: without it the record does not exist for the reader): each fold and each read of it must work.
     */
    @Test
    void noReadFailsWhateverIsLeftOut() {
        record(established());
        record(new LeadNationDesignated(OPERATION, COALITION, "GBR", null));
        record(hq(STRATEGIC, Level.STRATEGIC, null, "USA", null));
        record(hq(OPERATIONAL, Level.OPERATIONAL, null, "GBR", STRATEGIC));
        record(hq(MARITIME, Level.COMPONENT, Component.MARITIME, "FRA", OPERATIONAL));
        record(hq(AIR, Level.COMPONENT, Component.AIR, "GBR", OPERATIONAL));
        record(placed("fra-1", "FRA", MARITIME, Degree.OPCON));
        record(placed("fra-1", "FRA", AIR, Degree.OPCOM));
        record(placed("nor-1", "NOR", AIR, Degree.OPCON));
        record(new RedCardPolicySet(OPERATION, COALITION, "FRA", "fra.red", List.of(TaskingKind.STRIKE)));
        record(new TaskingAwaitingApproval(OPERATION, COALITION, "t-1", AIR, "fra-1", "FRA", TaskingKind.STRIKE,
                null, null, "strike", "fra.red"));
        record(new TaskingApproved(OPERATION, COALITION, "t-1", "fra-1", "FRA", "fra.red"));
        record(new TaskingAwaitingApproval(OPERATION, COALITION, "t-2", AIR, "fra-1", "FRA", TaskingKind.STRIKE,
                null, null, "strike again", "fra.red"));
        record(new TaskingVetoed(OPERATION, COALITION, "t-2", "fra-1", "FRA", "fra.red", "too close"));
        record(new TaskingIssued(OPERATION, COALITION, "t-3", AIR, "nor-1", "NOR", TaskingKind.PATROL, null, null,
                "patrol"));
        record(new ForceRecalled(OPERATION, COALITION, "fra-1", "FRA", "home"));
        record(new TaskingEnded(OPERATION, COALITION, "t-1", "fra-1", TaskingEndCause.FORCE_RECALLED));
        record(new ForceReturnedToNationalCommand(OPERATION, COALITION, "nor-1", "NOR", ReturnCause.MEMBER_SUSPENDED));
        record(new TaskingEnded(OPERATION, COALITION, "t-3", "nor-1", TaskingEndCause.RETURNED_TO_NATIONAL_COMMAND));
        record(new LeadNationVacated(OPERATION, COALITION, "GBR", ReturnCause.MEMBER_SUSPENDED));
        record(new OperationClosed(OPERATION, COALITION, ClosureCause.CONCLUDED));

        List<Perspective> perspectives = new ArrayList<>();
        for (int i = 0; i <= history.size(); i++) {
            Instant at = T0.plusSeconds(3600L * i + 1);
            perspectives.add(new Perspective(at, LATER.knownAt()));
            perspectives.add(new Perspective(LATER.asOf(), at));
        }
        int folds = 0;
        for (int left = 1; left < history.size(); left++) {
            for (int alsoLeft = left; alsoLeft < history.size(); alsoLeft++) {
                Set<Integer> out = Set.copyOf(List.of(left, alsoLeft));
                List<RecordedEvent> seen = new ArrayList<>();
                for (int i = 0; i < history.size(); i++) {
                    if (!out.contains(i)) {
                        seen.add(history.get(i));
                    }
                }
                for (Perspective perspective : perspectives) {
                    assertThatCode(() -> readEverything(OperationTimeline.at(seen, perspective), perspective))
                            .as("history without events %s, at %s", out, perspective).doesNotThrowAnyException();
                    folds++;
                }
            }
        }
        assertThat(folds).isGreaterThan(1000);
    }

    private static void readEverything(OperationView view, Perspective perspective) {
        if (!view.exists()) {
            return;
        }
        view.state();
        view.orderOfBattle(perspective.asOf(), perspective.knownAt());
        view.forceSummary();
        view.redCardPolicies();
        for (TaskingState tasking : view.taskings()) {
            assertThat(tasking.taskingId()).isNotNull();
        }
        for (String forceId : List.of("fra-1", "nor-1", "nobody")) {
            view.forceState(forceId);
            view.chainOfCommand(forceId);
        }
        for (ForceState force : view.forces()) {
            assertThat(force.status()).isNotNull();
            assertThat(force.degree()).isNotNull();
        }
    }
}
