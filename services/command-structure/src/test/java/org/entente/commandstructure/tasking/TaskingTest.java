package org.entente.commandstructure.tasking;

import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.entente.commandstructure.authority.Degree;
import org.entente.commandstructure.authority.ForceRecalled;
import org.entente.commandstructure.authority.TaskingKind;
import org.entente.commandstructure.operation.Operation;
import org.entente.platform.domain.NotPermitted;
import org.entente.platform.domain.UnknownEntity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.entente.testing.AggregateFixtures;

import java.time.Instant;
import java.util.List;
import static org.entente.commandstructure.OperationFixtures.AIR;
import static org.entente.commandstructure.OperationFixtures.AIR_GROUP;
import static org.entente.commandstructure.OperationFixtures.COALITION;
import static org.entente.commandstructure.OperationFixtures.MARITIME;
import static org.entente.commandstructure.OperationFixtures.OPERATION;
import static org.entente.commandstructure.OperationFixtures.OPERATIONAL;
import static org.entente.commandstructure.OperationFixtures.STRATEGIC;
import static org.entente.commandstructure.OperationFixtures.actingFor;
import static org.entente.commandstructure.OperationFixtures.actor;
import static org.entente.commandstructure.OperationFixtures.commanderOf;
import static org.entente.commandstructure.OperationFixtures.commanding;
import static org.entente.commandstructure.OperationFixtures.effective;
import static org.entente.commandstructure.OperationFixtures.operationFixture;
import static org.entente.commandstructure.OperationFixtures.placed;
import static org.entente.commandstructure.OperationFixtures.redCardHolder;
import static org.entente.commandstructure.OperationFixtures.withMetaData;
import static org.entente.commandstructure.OperationFixtures.withTree;
import static org.entente.testing.AggregateFixtures.refuses;
import static org.entente.testing.AggregateFixtures.violates;

/** Taskings within the degree held, the scope and the chain of command; red-card approvals and vetoes. */
class TaskingTest {

    private static final Instant MARCH_23 = Instant.parse("2011-03-23T00:00:00Z");
    private static final Instant MARCH_31 = Instant.parse("2011-03-31T06:00:00Z");
    private static final String HOLDER = "adm.rouge";

    private AggregateTestFixture<Operation> fixture;

    @BeforeEach
    void setUp() {
        fixture = operationFixture();
    }

    private static TaskForce task(String nodeId, String forceId, TaskingKind kind, String function, String area) {
        return new TaskForce(OPERATION, "t-1", nodeId, forceId, kind, function, area, "orders");
    }

    private static TaskingIssued issued(String nodeId, String forceId, TaskingKind kind, String function,
                                        String area) {
        return new TaskingIssued(OPERATION, COALITION, "t-1", nodeId, forceId, "FRA", kind, function, area, "orders");
    }

    private static TaskingAwaitingApproval pending() {
        return new TaskingAwaitingApproval(OPERATION, COALITION, "t-1", MARITIME, "fra-1", "FRA", TaskingKind.STRIKE,
                null, null, "orders", HOLDER);
    }

    private static RedCardPolicySet strikesNeedTheRedCard() {
        return new RedCardPolicySet(OPERATION, COALITION, "FRA", HOLDER, List.of(TaskingKind.STRIKE));
    }

    // --- authority ---

    @Test
    void theForcesHeadquartersOrOneAboveItTasksItWithinTheDegree() {
        for (String commander : new String[]{MARITIME, OPERATIONAL, STRATEGIC}) {
            fixture.given(withTree())
                    .andGiven(placed("fra-1", "FRA", MARITIME, Degree.OPCON))
                    .when(task(commander, "fra-1", TaskingKind.PATROL, null, null), commanding(commander))
                    .expectEvents(issued(commander, "fra-1", TaskingKind.PATROL, null, null));
        }
    }

    @Test
    void onlyACommanderServingTheOperationsCoalitionTasks() {
        fixture.given(withTree())
                .andGiven(placed("fra-1", "FRA", MARITIME, Degree.OPCON))
                .when(task(MARITIME, "fra-1", TaskingKind.PATROL, null, null),
                        commanding(MARITIME).and(org.entente.platform.decision.DecisionMetadata.ACTOR_COALITIONS,
                                "another-coalition"))
                .expectException(refuses("command-scope"))
                .expectNoEvents();
        fixture.given(withTree())
                .andGiven(placed("fra-1", "FRA", MARITIME, Degree.OPCON))
                .when(task(MARITIME, "fra-1", TaskingKind.PATROL, null, null), commanding(MARITIME))
                .expectEvents(issued(MARITIME, "fra-1", TaskingKind.PATROL, null, null));
    }

    @Test
    void aHeadquartersOutsideTheForcesChainOfCommandCannotTaskIt() {
        for (String commander : new String[]{AIR, AIR_GROUP}) {
            fixture.given(withTree())
                    .andGiven(placed("fra-1", "FRA", MARITIME, Degree.OPCON))
                    .when(task(commander, "fra-1", TaskingKind.PATROL, null, null), commanding(commander))
                    .expectException(violates("the-commander-holds-authority-over-the-force"))
                    .expectNoEvents();
        }
    }

    @Test
    void theDegreeHeldMustPermitTheKind() {
        Object[][] refused = {
                {Degree.OPCON, TaskingKind.EMPLOY_COMPONENTS_SEPARATELY}, {Degree.OPCON, TaskingKind.REASSIGN_FORCE},
                {Degree.TACOM, TaskingKind.STRIKE}, {Degree.TACOM, TaskingKind.REDEPLOY},
                {Degree.TACON, TaskingKind.REASSIGN_FORCE}, {Degree.TACON, TaskingKind.PATROL},
                {Degree.TACON, TaskingKind.TASK_WITHIN_MISSION}};
        for (Object[] pair : refused) {
            fixture.given(withTree())
                    .andGiven(placed("fra-1", "FRA", MARITIME, (Degree) pair[0]))
                    .when(task(MARITIME, "fra-1", (TaskingKind) pair[1], null, null), commanding(MARITIME))
                    .expectException(violates("the-degree-permits-the-tasking"))
                    .expectNoEvents();
        }
        fixture.given(withTree())
                .andGiven(placed("fra-1", "FRA", MARITIME, Degree.OPCOM))
                .when(task(MARITIME, "fra-1", TaskingKind.EMPLOY_COMPONENTS_SEPARATELY, null, null), commanding(MARITIME))
                .expectEvents(issued(MARITIME, "fra-1", TaskingKind.EMPLOY_COMPONENTS_SEPARATELY, null, null));
        fixture.given(withTree())
                .andGiven(placed("fra-1", "FRA", MARITIME, Degree.TACON))
                .when(task(MARITIME, "fra-1", TaskingKind.DIRECT_MOVEMENT, null, null), commanding(MARITIME))
                .expectEvents(issued(MARITIME, "fra-1", TaskingKind.DIRECT_MOVEMENT, null, null));
    }

    @Test
    void aScopedForceIsTaskedOnlyForItsFunctions() {
        // 2011: the arms embargo moved first; strikes were not yet under coalition authority
        Object embargoOnly = placed("fra-1", "FRA", MARITIME, Degree.OPCON, List.of("ARMS_EMBARGO"), null, null,
                null);
        fixture.given(withTree()).andGiven(embargoOnly)
                .when(task(MARITIME, "fra-1", TaskingKind.STRIKE, null, null), commanding(MARITIME))
                .expectException(violates("the-tasking-is-within-the-functions"))
                .expectNoEvents();
        fixture.given(withTree()).andGiven(embargoOnly)
                .when(task(MARITIME, "fra-1", TaskingKind.INTERDICTION, "STRIKE", null), commanding(MARITIME))
                .expectException(violates("the-tasking-is-within-the-functions"));
        fixture.given(withTree()).andGiven(embargoOnly)
                .when(task(MARITIME, "fra-1", TaskingKind.INTERDICTION, "ARMS_EMBARGO", null), commanding(MARITIME))
                .expectEvents(issued(MARITIME, "fra-1", TaskingKind.INTERDICTION, "ARMS_EMBARGO", null));
    }

    @Test
    void aScopedForceIsTaskedOnlyInItsArea() {
        Object inArea = placed("fra-1", "FRA", MARITIME, Degree.OPCON, List.of(), "Central Mediterranean", null,
                null);
        fixture.given(withTree()).andGiven(inArea)
                .when(task(MARITIME, "fra-1", TaskingKind.PATROL, null, "Gulf of Sidra"), commanding(MARITIME))
                .expectException(violates("the-tasking-is-within-the-area"))
                .expectNoEvents();
        fixture.given(withTree()).andGiven(inArea)
                .when(task(MARITIME, "fra-1", TaskingKind.PATROL, null, "central mediterranean"), commanding(MARITIME))
                .expectEvents(issued(MARITIME, "fra-1", TaskingKind.PATROL, null, "central mediterranean"));
    }

    @Test
    void aScopedForceIsTaskedOnlyWithinItsTimeWindow() {
        Object window = withMetaData(placed("fra-1", "FRA", MARITIME, Degree.OPCON, List.of(), null, MARCH_23,
                MARCH_31), effective(actingFor("FRA"), MARCH_23.minusSeconds(3600)));
        MetaData before = effective(commanding(MARITIME), MARCH_23.minusSeconds(1));
        MetaData atEnd = effective(commanding(MARITIME), MARCH_31);
        MetaData within = effective(commanding(MARITIME), MARCH_23);
        fixture.given(withTree()).andGiven(window)
                .when(task(MARITIME, "fra-1", TaskingKind.PATROL, null, null), before)
                .expectException(violates("the-tasking-is-within-the-time-window"))
                .expectNoEvents();
        fixture.given(withTree()).andGiven(window)
                .when(task(MARITIME, "fra-1", TaskingKind.PATROL, null, null), atEnd)
                .expectException(violates("the-tasking-is-within-the-time-window"));
        fixture.given(withTree()).andGiven(window)
                .when(task(MARITIME, "fra-1", TaskingKind.PATROL, null, null), within)
                .expectEvents(issued(MARITIME, "fra-1", TaskingKind.PATROL, null, null));
    }

    @Test
    void aTaskingThatNamesNoAreaIsBoundToThePlacementsArea() {
        Object inArea = placed("fra-1", "FRA", MARITIME, Degree.OPCON, List.of(), "Central Mediterranean", null,
                null);
        fixture.given(withTree()).andGiven(inArea)
                .when(task(MARITIME, "fra-1", TaskingKind.PATROL, null, null), commanding(MARITIME))
                .expectEvents(issued(MARITIME, "fra-1", TaskingKind.PATROL, null, "Central Mediterranean"));
        fixture.given(withTree()).andGiven(placed("fra-1", "FRA", MARITIME, Degree.OPCON))
                .when(task(MARITIME, "fra-1", TaskingKind.PATROL, null, null), commanding(MARITIME))
                .expectEvents(issued(MARITIME, "fra-1", TaskingKind.PATROL, null, null));
    }

    @Test
    void aTaskingBackdatedToBeforeTheTransferOfAuthorityIsRefused() {
        // placed on 23 March (recorded later, backdated); no time window of its own
        Object placedOnMarch23 = withMetaData(placed("fra-1", "FRA", MARITIME, Degree.OPCON),
                effective(actingFor("FRA"), MARCH_23));
        fixture.given(withTree()).andGiven(placedOnMarch23)
                .when(task(MARITIME, "fra-1", TaskingKind.PATROL, null, null),
                        effective(commanding(MARITIME), MARCH_23.minusSeconds(1)))
                .expectException(violates("the-tasking-is-within-the-transfer-of-authority"))
                .expectNoEvents();
        fixture.given(withTree()).andGiven(placedOnMarch23)
                .when(task(MARITIME, "fra-1", TaskingKind.PATROL, null, null), effective(commanding(MARITIME), MARCH_23))
                .expectEvents(issued(MARITIME, "fra-1", TaskingKind.PATROL, null, null));
        // recorded now without an effective time: the authority begins when it was recorded
        fixture.given(withTree()).andGiven(placed("fra-1", "FRA", MARITIME, Degree.OPCON))
                .when(task(MARITIME, "fra-1", TaskingKind.PATROL, null, null),
                        effective(commanding(MARITIME), MARCH_31))
                .expectException(violates("the-tasking-is-within-the-transfer-of-authority"))
                .expectNoEvents();
    }

    @Test
    void onlyForcesUnderCoalitionAuthorityAreTasked() {
        fixture.given(withTree())
                .andGiven(placed("fra-1", "FRA", MARITIME, Degree.OPCON),
                        new ForceRecalled(OPERATION, COALITION, "fra-1", "FRA", "refit"))
                .when(task(MARITIME, "fra-1", TaskingKind.PATROL, null, null), commanding(MARITIME))
                .expectException(violates("only-forces-under-coalition-authority-are-tasked"))
                .expectNoEvents();
    }

    @Test
    void theForceAndTheHeadquartersMustExist() {
        fixture.given(withTree())
                .when(task(MARITIME, "fra-9", TaskingKind.PATROL, null, null), commanding(MARITIME))
                .expectException(UnknownEntity.class);
        fixture.given(withTree())
                .andGiven(placed("fra-1", "FRA", MARITIME, Degree.OPCON))
                .when(task("hq-unknown", "fra-1", TaskingKind.PATROL, null, null))
                .expectException(UnknownEntity.class);
    }

    // --- red card ---

    @Test
    void aNationSetsItsOwnRedCardPolicy() {
        fixture.given(withTree())
                .when(new SetRedCardPolicy(OPERATION, "FRA", HOLDER, List.of(TaskingKind.STRIKE)), actingFor("FRA"))
                .expectEvents(strikesNeedTheRedCard());
        fixture.given(withTree())
                .when(new SetRedCardPolicy(OPERATION, "FRA", HOLDER, List.of(TaskingKind.STRIKE)), actingFor("GBR"))
                .expectException(NotPermitted.class)
                .expectException(refuses("own-nation-only"))
                .expectNoEvents();
        fixture.given(withTree())
                .when(new SetRedCardPolicy(OPERATION, "FRA", HOLDER, List.of(TaskingKind.STRIKE)),
                        redCardHolder(HOLDER, "GBR"))
                .expectException(refuses("own-nation-only"))
                .expectNoEvents();
    }

    @Test
    void onlyActiveMembersSetARedCardPolicy() {
        for (String nation : new String[]{"ITA", "DEU", "MLT", "USA"}) {
            fixture.given(withTree())
                    .when(new SetRedCardPolicy(OPERATION, nation, HOLDER, List.of(TaskingKind.STRIKE)),
                            actingFor(nation))
                    .expectException(violates("only-active-members-set-red-cards"))
                    .expectNoEvents();
        }
    }

    @Test
    void aKindUnderTheNationsRedCardWaitsForItsHolder() {
        fixture.given(withTree())
                .andGiven(placed("fra-1", "FRA", MARITIME, Degree.OPCON), strikesNeedTheRedCard())
                .when(task(MARITIME, "fra-1", TaskingKind.STRIKE, null, null), commanding(MARITIME))
                .expectEvents(pending());
        fixture.given(withTree())
                .andGiven(placed("fra-1", "FRA", MARITIME, Degree.OPCON), strikesNeedTheRedCard())
                .when(task(MARITIME, "fra-1", TaskingKind.PATROL, null, null), commanding(MARITIME))
                .expectEvents(issued(MARITIME, "fra-1", TaskingKind.PATROL, null, null));
    }

    @Test
    void theHolderApprovesOrVetoes() {
        fixture.given(withTree())
                .andGiven(placed("fra-1", "FRA", MARITIME, Degree.OPCON), strikesNeedTheRedCard(), pending())
                .when(new ApproveTasking(OPERATION, "t-1"), actor(HOLDER, "FRA"))
                .expectEvents(new TaskingApproved(OPERATION, COALITION, "t-1", "fra-1", "FRA", HOLDER));
        fixture.given(withTree())
                .andGiven(placed("fra-1", "FRA", MARITIME, Degree.OPCON), strikesNeedTheRedCard(), pending())
                .when(new VetoTasking(OPERATION, "t-1", "collateral risk"), actor(HOLDER, "FRA"))
                .expectEvents(new TaskingVetoed(OPERATION, COALITION, "t-1", "fra-1", "FRA", HOLDER,
                        "collateral risk"));
    }

    @Test
    void onlyTheForcesNationDecidesOnItsRedCard() {
        fixture.given(withTree())
                .andGiven(placed("fra-1", "FRA", MARITIME, Degree.OPCON), strikesNeedTheRedCard(), pending())
                .when(new ApproveTasking(OPERATION, "t-1"), redCardHolder("air.marshal", "GBR"))
                .expectException(NotPermitted.class)
                .expectException(refuses("own-nation-only"))
                .expectNoEvents();
        // even an actor of another nation bearing the holder's name
        fixture.given(withTree())
                .andGiven(placed("fra-1", "FRA", MARITIME, Degree.OPCON), strikesNeedTheRedCard(), pending())
                .when(new VetoTasking(OPERATION, "t-1", "no"), redCardHolder(HOLDER, "GBR"))
                .expectException(refuses("own-nation-only"))
                .expectNoEvents();
        fixture.given(withTree())
                .andGiven(placed("fra-1", "FRA", MARITIME, Degree.OPCON), strikesNeedTheRedCard(), pending())
                .when(new ApproveTasking(OPERATION, "t-1"), redCardHolder(HOLDER, "FRA"))
                .expectEvents(new TaskingApproved(OPERATION, COALITION, "t-1", "fra-1", "FRA", HOLDER));
    }

    @Test
    void onlyTheRedCardHolderTheNationNamedDecides() {
        fixture.given(withTree())
                .andGiven(placed("fra-1", "FRA", MARITIME, Degree.OPCON), strikesNeedTheRedCard(), pending())
                .when(new ApproveTasking(OPERATION, "t-1"), redCardHolder("someone.else", "FRA"))
                .expectException(NotPermitted.class)
                .expectException(refuses("only-the-red-card-holder-decides"))
                .expectNoEvents();
        fixture.given(withTree())
                .andGiven(placed("fra-1", "FRA", MARITIME, Degree.OPCON), strikesNeedTheRedCard(), pending())
                .when(new VetoTasking(OPERATION, "t-1", "no"), actor("someone.else", "FRA"))
                .expectException(refuses("only-the-red-card-holder-decides"))
                .expectNoEvents();
        fixture.given(withTree())
                .andGiven(placed("fra-1", "FRA", MARITIME, Degree.OPCON), strikesNeedTheRedCard(), pending())
                .when(new VetoTasking(OPERATION, "t-1", "collateral risk"), redCardHolder(HOLDER, "FRA"))
                .expectEvents(new TaskingVetoed(OPERATION, COALITION, "t-1", "fra-1", "FRA", HOLDER,
                        "collateral risk"));
    }

    // --- who tasks ---

    @Test
    void aHeadquartersOrdersComeFromACommanderOfItsNation() {
        fixture.given(withTree())
                .andGiven(placed("fra-1", "FRA", MARITIME, Degree.OPCON))
                .when(task(MARITIME, "fra-1", TaskingKind.PATROL, null, null), commanderOf("GBR"))
                .expectException(NotPermitted.class)
                .expectException(refuses("own-nation-only"))
                .expectNoEvents();
        fixture.given(withTree())
                .andGiven(placed("fra-1", "FRA", MARITIME, Degree.OPCON))
                .when(task(MARITIME, "fra-1", TaskingKind.PATROL, null, null), actor("someone", null))
                .expectException(refuses("command-scope")) // not a commander of the coalition
                .expectNoEvents();
        fixture.given(withTree())
                .andGiven(placed("fra-1", "FRA", MARITIME, Degree.OPCON))
                .when(task(MARITIME, "fra-1", TaskingKind.PATROL, null, null), commanderOf("FRA"))
                .expectEvents(issued(MARITIME, "fra-1", TaskingKind.PATROL, null, null));
        // the strategic headquarters, commanded by USA, orders the French force through the chain
        fixture.given(withTree())
                .andGiven(placed("fra-1", "FRA", MARITIME, Degree.OPCON))
                .when(task(STRATEGIC, "fra-1", TaskingKind.PATROL, null, null), commanderOf("USA"))
                .expectEvents(issued(STRATEGIC, "fra-1", TaskingKind.PATROL, null, null));
    }

    @Test
    void onlyPendingTaskingsAreDecided() {
        Object[] decided = {new TaskingApproved(OPERATION, COALITION, "t-1", "fra-1", "FRA", HOLDER),
                new TaskingVetoed(OPERATION, COALITION, "t-1", "fra-1", "FRA", HOLDER, "no"),
                new TaskingEnded(OPERATION, COALITION, "t-1", "fra-1", TaskingEndCause.FORCE_RECALLED)};
        for (Object outcome : decided) {
            fixture.given(withTree())
                    .andGiven(placed("fra-1", "FRA", MARITIME, Degree.OPCON), strikesNeedTheRedCard(), pending(),
                            outcome)
                    .when(new VetoTasking(OPERATION, "t-1", "again"), actor(HOLDER, "FRA"))
                    .expectException(violates("only-pending-taskings-are-decided"))
                    .expectNoEvents();
        }
        fixture.given(withTree())
                .andGiven(placed("fra-1", "FRA", MARITIME, Degree.OPCON),
                        issued(MARITIME, "fra-1", TaskingKind.PATROL, null, null))
                .when(new ApproveTasking(OPERATION, "t-1"), actor(HOLDER, "FRA"))
                .expectException(violates("only-pending-taskings-are-decided"));
    }

    @Test
    void anUnknownTaskingCannotBeDecided() {
        fixture.given(withTree())
                .when(new ApproveTasking(OPERATION, "t-9"), actor(HOLDER, "FRA"))
                .expectException(org.axonframework.modelling.command.AggregateEntityNotFoundException.class);
    }
}
