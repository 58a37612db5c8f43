package org.entente.commandstructure.authority;

import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.entente.commandstructure.operation.Operation;
import org.entente.commandstructure.operation.ReturnNationalForces;
import org.entente.commandstructure.tasking.TaskingEndCause;
import org.entente.commandstructure.tasking.TaskingEnded;
import org.entente.commandstructure.tasking.TaskingIssued;
import org.entente.platform.decision.DecisionMetadata;
import org.entente.platform.domain.NotPermitted;
import org.entente.platform.domain.UnknownEntity;
import org.entente.testing.AggregateFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.entente.commandstructure.OperationFixtures.AIR;
import static org.entente.commandstructure.OperationFixtures.AIR_GROUP;
import static org.entente.commandstructure.OperationFixtures.COALITION;
import static org.entente.commandstructure.OperationFixtures.MARITIME;
import static org.entente.commandstructure.OperationFixtures.OPERATION;
import static org.entente.commandstructure.OperationFixtures.actingFor;
import static org.entente.commandstructure.OperationFixtures.actor;
import static org.entente.commandstructure.OperationFixtures.council;
import static org.entente.commandstructure.OperationFixtures.effective;
import static org.entente.commandstructure.OperationFixtures.operationFixture;
import static org.entente.commandstructure.OperationFixtures.placed;
import static org.entente.commandstructure.OperationFixtures.withTree;
import static org.entente.testing.AggregateFixtures.refuses;
import static org.entente.testing.AggregateFixtures.violates;

/** Transfers of authority: who places which force where, staged transfers, recalls by the force's own nation. */
class TransferOfAuthorityTest {

    private static final Instant EMBARGO = Instant.parse("2011-03-23T00:00:00Z");
    private static final Instant ALL_MISSIONS = Instant.parse("2011-03-31T06:00:00Z");

    private AggregateTestFixture<Operation> fixture;

    @BeforeEach
    void setUp() {
        fixture = operationFixture();
    }

    private static PlaceForceUnderAuthority place(String forceId, String nation, String nodeId, Degree degree,
                                                  List<String> functions) {
        return new PlaceForceUnderAuthority(OPERATION, forceId, nation, "FRIGATE", 1, nodeId, degree, functions, null,
                null, null);
    }

    private static TaskingIssued issued(String taskingId, String nodeId, String forceId, TaskingKind kind,
                                        String function) {
        return new TaskingIssued(OPERATION, COALITION, taskingId, nodeId, forceId, "FRA", kind, function, null,
                "orders");
    }

    @Test
    void aTransferOfAuthorityCannotTakeEffectBeforeTheOperationBegan() {
        // the operation began on 19 March 2011 (withTree)
        fixture.given(withTree())
                .when(place("fra-1", "FRA", MARITIME, Degree.OPCON, List.of()),
                        effective(actingFor("FRA"), Instant.parse("2011-03-18T00:00:00Z")))
                .expectException(violates("decisions-take-effect-after-the-record-begins"))
                .expectNoEvents();
        fixture.given(withTree())
                .when(place("fra-1", "FRA", MARITIME, Degree.OPCON, List.of()),
                        effective(actingFor("FRA"), Instant.parse("2011-03-19T00:00:00Z")))
                .expectEvents(placed("fra-1", "FRA", MARITIME, Degree.OPCON));
        // a cascade carries its cause's effective time, however early, and is carried out now
        fixture.given(withTree()).andGiven(placed("fra-1", "FRA", MARITIME, Degree.OPCON))
                .when(new ReturnNationalForces(OPERATION, "FRA", ReturnCause.MEMBER_WITHDRAWN),
                        MetaData.with(DecisionMetadata.EFFECTIVE_TIME, "2011-01-01T00:00:00Z"))
                .expectEvents(new ForceReturnedToNationalCommand(OPERATION, COALITION, "fra-1", "FRA",
                        ReturnCause.MEMBER_WITHDRAWN));
    }

    @Test
    void anActiveMemberPlacesItsForceUnderAHeadquartersWithADegreeAndScope() {
        fixture.given(withTree())
                .when(new PlaceForceUnderAuthority(OPERATION, "fra-1", "FRA", "FRIGATE", 1, MARITIME, Degree.OPCON,
                        List.of("ARMS_EMBARGO"), "Central Mediterranean", EMBARGO, null), actingFor("FRA"))
                .expectEvents(placed("fra-1", "FRA", MARITIME, Degree.OPCON, List.of("ARMS_EMBARGO"),
                        "Central Mediterranean", EMBARGO, null));
    }

    @Test
    void onlyTheForcesOwnNationPlacesIt() {
        fixture.given(withTree())
                .when(place("fra-1", "FRA", MARITIME, Degree.OPCON, List.of()), actingFor("GBR"))
                .expectException(NotPermitted.class)
                .expectException(refuses("own-nation-only"))
                .expectNoEvents();
        fixture.given(withTree())
                .when(place("fra-1", "FRA", MARITIME, Degree.OPCON, List.of()), actor("someone", null)) // of no nation
                .expectException(refuses("own-nation-only"));
        fixture.given(withTree())
                .when(place("fra-1", "FRA", MARITIME, Degree.OPCON, List.of()), actingFor("FRA"))
                .expectEvents(placed("fra-1", "FRA", MARITIME, Degree.OPCON));
    }

    /** The nation is checked first: another nation's planner learns nothing of the operation's members. */
    @Test
    void anotherNationIsRefusedBeforeAnyOtherRule() {
        fixture.given(withTree())
                .when(place("ita-1", "ITA", "hq-unknown", Degree.OPCON, List.of()), actingFor("GBR"))
                .expectException(refuses("own-nation-only"));
    }

    @Test
    void onlyActiveMembersPlaceForces() {
        for (String nation : new String[]{"ITA", "DEU", "MLT", "USA"}) {
            fixture.given(withTree())
                    .when(place(nation.toLowerCase() + "-1", nation, MARITIME, Degree.OPCON, List.of()),
                            actingFor(nation))
                    .expectException(violates("only-active-members-place-forces"))
                    .expectNoEvents();
        }
    }

    @Test
    void aForceIsPlacedUnderAHeadquartersOfTheOperation() {
        fixture.given(withTree())
                .when(place("fra-1", "FRA", "hq-unknown", Degree.OPCON, List.of()), actingFor("FRA"))
                .expectException(UnknownEntity.class)
                .expectNoEvents();
    }

    @Test
    void aStagedTransferPlacesTheForceAgainWithMoreFunctions() {
        fixture.given(withTree())
                .andGiven(placed("fra-1", "FRA", MARITIME, Degree.OPCON, List.of("ARMS_EMBARGO"), null, null, null),
                        issued("t-1", MARITIME, "fra-1", TaskingKind.INTERDICTION, "ARMS_EMBARGO"))
                .when(place("fra-1", "FRA", MARITIME, Degree.OPCON, List.of("ARMS_EMBARGO", "STRIKE")),
                        actingFor("FRA"))
                .expectEvents(placed("fra-1", "FRA", MARITIME, Degree.OPCON, List.of("ARMS_EMBARGO", "STRIKE"), null,
                        null, null));
    }

    @Test
    void aNewPlacementEndsTheTaskingsItNoLongerAllows() {
        fixture.given(withTree())
                .andGiven(placed("fra-1", "FRA", AIR_GROUP, Degree.OPCON),
                        issued("patrol", AIR_GROUP, "fra-1", TaskingKind.PATROL, null),
                        issued("move", AIR, "fra-1", TaskingKind.DIRECT_MOVEMENT, null),
                        issued("from-group", AIR_GROUP, "fra-1", TaskingKind.DIRECT_MOVEMENT, null))
                .when(place("fra-1", "FRA", AIR, Degree.TACON, List.of()), actingFor("FRA"))
                .expectEvents(placed("fra-1", "FRA", AIR, Degree.TACON),
                        new TaskingEnded(OPERATION, COALITION, "patrol", "fra-1", TaskingEndCause.AUTHORITY_CHANGED),
                        new TaskingEnded(OPERATION, COALITION, "from-group", "fra-1",
                                TaskingEndCause.AUTHORITY_CHANGED));
    }

    @Test
    void aPlacementThatChangesNothingIsRefused() {
        fixture.given(withTree())
                .andGiven(placed("fra-1", "FRA", MARITIME, Degree.OPCON))
                .when(place("fra-1", "FRA", MARITIME, Degree.OPCON, List.of()), actingFor("FRA"))
                .expectException(violates("a-new-placement-changes-something"))
                .expectNoEvents();
    }

    @Test
    void aRecalledForceMayBePlacedAgainAsItWas() {
        fixture.given(withTree())
                .andGiven(placed("fra-1", "FRA", MARITIME, Degree.OPCON),
                        new ForceRecalled(OPERATION, COALITION, "fra-1", "FRA", "refit"))
                .when(place("fra-1", "FRA", MARITIME, Degree.OPCON, List.of()), actingFor("FRA"))
                .expectEvents(placed("fra-1", "FRA", MARITIME, Degree.OPCON));
    }

    @Test
    void aForceBelongsToOneNation() {
        fixture.given(withTree())
                .andGiven(placed("ship-1", "FRA", MARITIME, Degree.OPCON))
                .when(place("ship-1", "GBR", MARITIME, Degree.OPCON, List.of()), actingFor("GBR"))
                .expectException(violates("a-force-belongs-to-one-nation"))
                .expectNoEvents();
    }

    @Test
    void theNationRecallsItsForceAndItsTaskingsEnd() {
        fixture.given(withTree())
                .andGiven(placed("fra-1", "FRA", MARITIME, Degree.OPCON),
                        issued("t-1", MARITIME, "fra-1", TaskingKind.PATROL, null))
                .when(new RecallForce(OPERATION, "fra-1", "needed at home"), actingFor("FRA"))
                .expectEvents(new ForceRecalled(OPERATION, COALITION, "fra-1", "FRA", "needed at home"),
                        new TaskingEnded(OPERATION, COALITION, "t-1", "fra-1", TaskingEndCause.FORCE_RECALLED));
    }

    @Test
    void onlyTheForcesNationRecallsIt() {
        fixture.given(withTree())
                .andGiven(placed("fra-1", "FRA", MARITIME, Degree.OPCON))
                .when(new RecallForce(OPERATION, "fra-1", "we want it"), actingFor("GBR"))
                .expectException(NotPermitted.class)
                .expectException(refuses("own-nation-only"))
                .expectNoEvents();
        fixture.given(withTree())
                .andGiven(placed("fra-1", "FRA", MARITIME, Degree.OPCON))
                .when(new RecallForce(OPERATION, "fra-1", "we want it"), council())
                .expectException(refuses("own-nation-only"))
                .expectNoEvents();
        fixture.given(withTree())
                .andGiven(placed("fra-1", "FRA", MARITIME, Degree.OPCON))
                .when(new RecallForce(OPERATION, "fra-1", "needed at home"), actingFor("FRA"))
                .expectEvents(new ForceRecalled(OPERATION, COALITION, "fra-1", "FRA", "needed at home"));
    }

    @Test
    void aForceIsRecalledOnlyWhileUnderCoalitionAuthority() {
        fixture.given(withTree())
                .andGiven(placed("fra-1", "FRA", MARITIME, Degree.OPCON),
                        new ForceRecalled(OPERATION, COALITION, "fra-1", "FRA", "refit"))
                .when(new RecallForce(OPERATION, "fra-1", "again"), actingFor("FRA"))
                .expectException(violates("only-forces-under-coalition-authority-are-recalled"))
                .expectNoEvents();
    }

    @Test
    void anUnknownForceCannotBeRecalled() {
        fixture.given(withTree())
                .when(new RecallForce(OPERATION, "fra-9", "?"), actingFor("FRA"))
                .expectException(UnknownEntity.class);
    }

    @Test
    void theStagedTransferOf2011CanBeRecordedWithItsTimes() {
        fixture.given(withTree())
                .andGiven(placed("fra-1", "FRA", MARITIME, Degree.OPCON, List.of("ARMS_EMBARGO"), null, EMBARGO,
                        null))
                .when(new PlaceForceUnderAuthority(OPERATION, "fra-1", "FRA", "FRIGATE", 1, MARITIME, Degree.OPCON,
                        List.of("ARMS_EMBARGO", "STRIKE"), null, ALL_MISSIONS, null), actingFor("FRA"))
                .expectEvents(placed("fra-1", "FRA", MARITIME, Degree.OPCON, List.of("ARMS_EMBARGO", "STRIKE"), null,
                        ALL_MISSIONS, null));
    }
}
