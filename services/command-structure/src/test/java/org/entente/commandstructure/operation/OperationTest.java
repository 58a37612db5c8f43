package org.entente.commandstructure.operation;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.entente.commandstructure.authority.Degree;
import org.entente.commandstructure.authority.ForceRecalled;
import org.entente.commandstructure.authority.ForceReturnedToNationalCommand;
import org.entente.commandstructure.authority.ReturnCause;
import org.entente.commandstructure.authority.TaskingKind;
import org.entente.commandstructure.headquarters.Component;
import org.entente.commandstructure.headquarters.EstablishHeadquarters;
import org.entente.commandstructure.headquarters.Level;
import org.entente.commandstructure.tasking.TaskingEndCause;
import org.entente.commandstructure.tasking.TaskingEnded;
import org.entente.commandstructure.tasking.TaskingIssued;
import org.entente.platform.domain.NotPermitted;
import org.entente.platform.roster.FixedCoalitionRoster;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.entente.testing.AggregateFixtures;

import static org.entente.commandstructure.OperationFixtures.AIR;
import static org.entente.commandstructure.OperationFixtures.COALITION;
import static org.entente.commandstructure.OperationFixtures.MARITIME;
import static org.entente.commandstructure.OperationFixtures.OPERATION;
import static org.entente.commandstructure.OperationFixtures.OPERATIONAL;
import static org.entente.commandstructure.OperationFixtures.actingFor;
import static org.entente.commandstructure.OperationFixtures.and;
import static org.entente.commandstructure.OperationFixtures.council;
import static org.entente.commandstructure.OperationFixtures.councilOf;
import static org.entente.commandstructure.OperationFixtures.established;
import static org.entente.commandstructure.OperationFixtures.exercise;
import static org.entente.commandstructure.OperationFixtures.operationFixture;
import static org.entente.commandstructure.OperationFixtures.placed;
import static org.entente.commandstructure.OperationFixtures.reaction;
import static org.entente.commandstructure.OperationFixtures.roster;
import static org.entente.commandstructure.OperationFixtures.withMetaData;
import static org.entente.commandstructure.OperationFixtures.withTree;
import static org.entente.testing.AggregateFixtures.refuses;
import static org.entente.testing.AggregateFixtures.violates;

/** Establishment, the lead nation, the exercise boundary, national returns and closure of an operation. */
class OperationTest {

    private AggregateTestFixture<Operation> fixture;

    @BeforeEach
    void setUp() {
        fixture = operationFixture();
    }

    private static EstablishOperation establish(String lead) {
        return new EstablishOperation(OPERATION, COALITION, "Unified Protector", lead);
    }

    private static TaskingIssued issued(String taskingId, String forceId, String nation) {
        return new TaskingIssued(OPERATION, COALITION, taskingId, AIR, forceId, nation, TaskingKind.PATROL, null, null,
                "patrol the box");
    }

    // --- establishment ---

    @Test
    void anOperationIsEstablishedForAKnownCoalitionWithItsLeadNation() {
        fixture.givenNoPriorActivity()
                .when(establish("GBR"), council())
                .expectSuccessfulHandlerExecution()
                .expectEvents(established(), new LeadNationDesignated(OPERATION, COALITION, "GBR", null));
    }

    @Test
    void theLeadNationMayBeDesignatedLater() {
        fixture.givenNoPriorActivity().when(establish(null), council()).expectEvents(established());
    }

    @Test
    void aCoalitionUnknownToTheRosterRunsNoOperation() {
        fixture.givenNoPriorActivity()
                .when(new EstablishOperation(OPERATION, "coalition-nobody-formed", "Phantom", null),
                        councilOf("coalition-nobody-formed"))
                .expectException(violates("the-coalition-must-be-known"))
                .expectNoEvents();
    }

    @Test
    void aDissolvedCoalitionRunsNoOperation() {
        operationFixture(roster().dissolved(COALITION)).givenNoPriorActivity()
                .when(establish(null), council())
                .expectException(violates("dissolved-coalitions-are-closed"))
                .expectNoEvents();
    }

    @Test
    void theInitialLeadNationIsAnActiveMember() {
        fixture.givenNoPriorActivity()
                .when(establish("ITA"), council())
                .expectException(violates("the-lead-nation-is-an-active-member"))
                .expectNoEvents();
    }

    // --- exercise boundary ---

    @Test
    void anOperationOfAnExerciseCoalitionIsEstablishedInThatExercise() {
        operationFixture(new FixedCoalitionRoster().coalition(COALITION, "exercise-x")).givenNoPriorActivity()
                .when(establish(null), and(council(), exercise("exercise-x")))
                .expectEvents(established());
    }

    @Test
    void anOperationTakesItsCoalitionsExerciseAndNoOther() {
        operationFixture(new FixedCoalitionRoster().coalition(COALITION, "exercise-x")).givenNoPriorActivity()
                .when(establish(null), and(council(), exercise("exercise-y")))
                .expectException(violates("commands-stay-in-their-exercise"))
                .expectNoEvents();
        operationFixture(new FixedCoalitionRoster().coalition(COALITION, "exercise-x")).givenNoPriorActivity()
                .when(establish(null), council())
                .expectException(violates("commands-stay-in-their-exercise"));
        fixture.givenNoPriorActivity()
                .when(establish(null), and(council(), exercise("exercise-x")))
                .expectException(violates("commands-stay-in-their-exercise"));
    }

    @Test
    void commandsFromAnotherExerciseNeverTouchTheOperation() {
        fixture.given(withMetaData(established(), exercise("exercise-x")))
                .when(new DesignateLeadNation(OPERATION, "FRA"), and(council(), exercise("exercise-y")))
                .expectException(violates("commands-stay-in-their-exercise"))
                .expectNoEvents();
        fixture.given(withMetaData(established(), exercise("exercise-x")))
                .when(new DesignateLeadNation(OPERATION, "FRA"), council())
                .expectException(violates("commands-stay-in-their-exercise"));
        fixture.given(withMetaData(established(), exercise("exercise-x")))
                .when(new DesignateLeadNation(OPERATION, "FRA"), and(council(), exercise("exercise-x")))
                .expectEvents(new LeadNationDesignated(OPERATION, COALITION, "FRA", null));
    }

    // --- lead nation ---

    @Test
    void theLeadRotatesToAnotherActiveMember() {
        fixture.given(withTree())
                .when(new DesignateLeadNation(OPERATION, "FRA"), council())
                .expectEvents(new LeadNationDesignated(OPERATION, COALITION, "FRA", "GBR"));
    }

    @Test
    void theCurrentLeadNationIsNotDesignatedAgain() {
        fixture.given(withTree())
                .when(new DesignateLeadNation(OPERATION, "GBR"), council())
                .expectException(violates("a-new-lead-nation-differs"))
                .expectNoEvents();
    }

    @Test
    void suspendedWithdrawnOrNonMemberNationsDoNotLead() {
        for (String nation : new String[]{"ITA", "DEU", "MLT", "USA"}) {
            fixture.given(withTree())
                    .when(new DesignateLeadNation(OPERATION, nation), council())
                    .expectException(violates("the-lead-nation-is-an-active-member"))
                    .expectNoEvents();
        }
    }

    // --- return of a nation's forces ---

    @Test
    void aNationsForcesReturnWithTheirTaskingsAndItsLeadIsVacated() {
        fixture.given(withTree())
                .andGiven(placed("gbr-1", "GBR", AIR, Degree.OPCON), placed("fra-1", "FRA", MARITIME, Degree.OPCON),
                        placed("gbr-2", "GBR", AIR, Degree.TACON), issued("t-1", "gbr-1", "GBR"),
                        issued("t-2", "fra-1", "FRA"))
                .when(new ReturnNationalForces(OPERATION, "GBR", ReturnCause.MEMBER_WITHDRAWN), reaction())
                .expectEvents(
                        new ForceReturnedToNationalCommand(OPERATION, COALITION, "gbr-1", "GBR",
                                ReturnCause.MEMBER_WITHDRAWN),
                        new TaskingEnded(OPERATION, COALITION, "t-1", "gbr-1",
                                TaskingEndCause.RETURNED_TO_NATIONAL_COMMAND),
                        new ForceReturnedToNationalCommand(OPERATION, COALITION, "gbr-2", "GBR",
                                ReturnCause.MEMBER_WITHDRAWN),
                        new LeadNationVacated(OPERATION, COALITION, "GBR", ReturnCause.MEMBER_WITHDRAWN));
    }

    @Test
    void returningANationWithNothingLeftRecordsNothing() {
        fixture.given(withTree())
                .andGiven(placed("nor-1", "NOR", AIR, Degree.OPCON),
                        new ForceRecalled(OPERATION, COALITION, "nor-1", "NOR", "needed at home"))
                .when(new ReturnNationalForces(OPERATION, "NOR", ReturnCause.MEMBER_SUSPENDED), reaction())
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
        fixture.given(withTree())
                .andGiven(placed("nor-1", "NOR", AIR, Degree.OPCON),
                        new ForceReturnedToNationalCommand(OPERATION, COALITION, "nor-1", "NOR",
                                ReturnCause.MEMBER_SUSPENDED))
                .when(new ReturnNationalForces(OPERATION, "NOR", ReturnCause.MEMBER_SUSPENDED), reaction())
                .expectNoEvents();
    }

    // --- closure ---

    @Test
    void closingReturnsEveryForceAndEndsItsTaskingsFirst() {
        fixture.given(withTree())
                .andGiven(placed("gbr-1", "GBR", AIR, Degree.OPCON), placed("fra-1", "FRA", MARITIME, Degree.OPCON),
                        issued("t-1", "fra-1", "FRA"))
                .when(new CloseOperation(OPERATION, ClosureCause.COALITION_DISSOLVED), reaction())
                .expectEvents(
                        new ForceReturnedToNationalCommand(OPERATION, COALITION, "gbr-1", "GBR",
                                ReturnCause.OPERATION_CLOSED),
                        new ForceReturnedToNationalCommand(OPERATION, COALITION, "fra-1", "FRA",
                                ReturnCause.OPERATION_CLOSED),
                        new TaskingEnded(OPERATION, COALITION, "t-1", "fra-1", TaskingEndCause.OPERATION_CLOSED),
                        new OperationClosed(OPERATION, COALITION, ClosureCause.COALITION_DISSOLVED));
    }

    @Test
    void nothingChangesAClosedOperation() {
        Object closed = new OperationClosed(OPERATION, COALITION, ClosureCause.CONCLUDED);
        fixture.given(withTree()).andGiven(closed)
                .when(new DesignateLeadNation(OPERATION, "FRA"), council())
                .expectException(violates("closed-operations-stay-closed"))
                .expectNoEvents();
        fixture.given(withTree()).andGiven(closed)
                .when(new EstablishHeadquarters(OPERATION, "hq-x", "x", Level.TACTICAL, null, "GBR", AIR), council())
                .expectException(violates("closed-operations-stay-closed"));
        fixture.given(withTree()).andGiven(closed)
                .when(new CloseOperation(OPERATION, ClosureCause.CONCLUDED), council())
                .expectException(violates("closed-operations-stay-closed"))
                .expectNoEvents();
    }

    /** The reaction lists open operations without the lock: an HTTP closure may commit before its command. */
    @Test
    void aWithdrawalAfterTheClosureRecordsNothing() {
        fixture.given(withTree())
                .andGiven(placed("gbr-1", "GBR", AIR, Degree.OPCON), issued("t-1", "gbr-1", "GBR"),
                        new ForceReturnedToNationalCommand(OPERATION, COALITION, "gbr-1", "GBR",
                                ReturnCause.OPERATION_CLOSED),
                        new TaskingEnded(OPERATION, COALITION, "t-1", "gbr-1", TaskingEndCause.OPERATION_CLOSED),
                        new OperationClosed(OPERATION, COALITION, ClosureCause.CONCLUDED))
                .when(new ReturnNationalForces(OPERATION, "GBR", ReturnCause.MEMBER_WITHDRAWN), reaction())
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aDissolutionAfterTheClosureRecordsNothing() {
        fixture.given(withTree())
                .andGiven(new OperationClosed(OPERATION, COALITION, ClosureCause.CONCLUDED))
                .when(new CloseOperation(OPERATION, ClosureCause.COALITION_DISSOLVED), reaction())
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    // --- who decides: the council of the operation's coalition ---

    @Test
    void onlyTheCouncilOfTheCoalitionEstablishesAnOperation() {
        fixture.givenNoPriorActivity()
                .when(establish(null), councilOf("coalition-2"))
                .expectException(NotPermitted.class)
                .expectException(refuses("council-scope"))
                .expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(establish(null), actingFor("GBR"))
                .expectException(refuses("council-scope"))
                .expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(establish(null), councilOf("coalition-2", COALITION))
                .expectEvents(established());
    }

    /** The council check comes first: a refused actor does not learn whether the coalition is known. */
    @Test
    void aCouncilOfAnotherCoalitionLearnsNothingOfAnUnknownOne() {
        fixture.givenNoPriorActivity()
                .when(new EstablishOperation(OPERATION, "coalition-nobody-formed", "Phantom", null), council())
                .expectException(refuses("council-scope"));
    }

    @Test
    void onlyTheCouncilOfTheOperationsCoalitionDesignatesTheLeadNation() {
        fixture.given(withTree())
                .when(new DesignateLeadNation(OPERATION, "FRA"), councilOf("coalition-2"))
                .expectException(refuses("council-scope"))
                .expectNoEvents();
        fixture.given(withTree())
                .when(new DesignateLeadNation(OPERATION, "FRA"), actingFor("FRA"))
                .expectException(refuses("council-scope"))
                .expectNoEvents();
        fixture.given(withTree())
                .when(new DesignateLeadNation(OPERATION, "FRA"), council())
                .expectEvents(new LeadNationDesignated(OPERATION, COALITION, "FRA", "GBR"));
    }

    @Test
    void onlyTheCouncilOfTheOperationsCoalitionBuildsTheCommandTree() {
        EstablishHeadquarters land = new EstablishHeadquarters(OPERATION, "hq-land", "Land", Level.COMPONENT,
                Component.LAND, "GBR", OPERATIONAL);
        fixture.given(withTree())
                .when(land, councilOf("coalition-2"))
                .expectException(refuses("council-scope"))
                .expectNoEvents();
        fixture.given(withTree())
                .when(land, actingFor("GBR"))
                .expectException(refuses("council-scope"));
        fixture.given(withTree())
                .when(land, council())
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void onlyTheCouncilClosesAnOperationAndTheDissolutionReactionNeedsNone() {
        fixture.given(withTree())
                .when(new CloseOperation(OPERATION, ClosureCause.CONCLUDED), councilOf("coalition-2"))
                .expectException(refuses("council-scope"))
                .expectNoEvents();
        fixture.given(withTree())
                .when(new CloseOperation(OPERATION, ClosureCause.CONCLUDED), actingFor("GBR"))
                .expectException(refuses("council-scope"));
        fixture.given(withTree())
                .when(new CloseOperation(OPERATION, ClosureCause.CONCLUDED), council())
                .expectEvents(new OperationClosed(OPERATION, COALITION, ClosureCause.CONCLUDED));
        fixture.given(withTree())
                .when(new CloseOperation(OPERATION, ClosureCause.COALITION_DISSOLVED), reaction())
                .expectEvents(new OperationClosed(OPERATION, COALITION, ClosureCause.COALITION_DISSOLVED));
    }
}
