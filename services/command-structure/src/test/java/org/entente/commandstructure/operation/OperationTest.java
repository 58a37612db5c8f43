package org.entente.commandstructure.operation;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.entente.commandstructure.authority.Degree;
import org.entente.commandstructure.authority.ForceRecalled;
import org.entente.commandstructure.authority.ForceReturnedToNationalCommand;
import org.entente.commandstructure.authority.ReturnCause;
import org.entente.commandstructure.authority.TaskingKind;
import org.entente.commandstructure.headquarters.EstablishHeadquarters;
import org.entente.commandstructure.headquarters.Level;
import org.entente.commandstructure.tasking.TaskingEndCause;
import org.entente.commandstructure.tasking.TaskingEnded;
import org.entente.commandstructure.tasking.TaskingIssued;
import org.entente.platform.roster.FixedCoalitionRoster;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.entente.commandstructure.OperationFixtures.AIR;
import static org.entente.commandstructure.OperationFixtures.COALITION;
import static org.entente.commandstructure.OperationFixtures.MARITIME;
import static org.entente.commandstructure.OperationFixtures.OPERATION;
import static org.entente.commandstructure.OperationFixtures.established;
import static org.entente.commandstructure.OperationFixtures.exercise;
import static org.entente.commandstructure.OperationFixtures.operationFixture;
import static org.entente.commandstructure.OperationFixtures.placed;
import static org.entente.commandstructure.OperationFixtures.roster;
import static org.entente.commandstructure.OperationFixtures.violates;
import static org.entente.commandstructure.OperationFixtures.withMetaData;
import static org.entente.commandstructure.OperationFixtures.withTree;

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
                .when(establish("GBR"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(established(), new LeadNationDesignated(OPERATION, COALITION, "GBR", null));
    }

    @Test
    void theLeadNationMayBeDesignatedLater() {
        fixture.givenNoPriorActivity().when(establish(null)).expectEvents(established());
    }

    @Test
    void aCoalitionUnknownToTheRosterRunsNoOperation() {
        fixture.givenNoPriorActivity()
                .when(new EstablishOperation(OPERATION, "coalition-nobody-formed", "Phantom", null))
                .expectException(violates("operations-serve-a-known-coalition"))
                .expectNoEvents();
    }

    @Test
    void aDissolvedCoalitionRunsNoOperation() {
        operationFixture(roster().dissolved(COALITION)).givenNoPriorActivity()
                .when(establish(null))
                .expectException(violates("dissolved-coalitions-run-no-operations"))
                .expectNoEvents();
    }

    @Test
    void theInitialLeadNationIsAnActiveMember() {
        fixture.givenNoPriorActivity()
                .when(establish("ITA"))
                .expectException(violates("the-lead-nation-is-an-active-member"))
                .expectNoEvents();
    }

    // --- exercise boundary ---

    @Test
    void anOperationOfAnExerciseCoalitionIsEstablishedInThatExercise() {
        operationFixture(new FixedCoalitionRoster().coalition(COALITION, "exercise-x")).givenNoPriorActivity()
                .when(establish(null), exercise("exercise-x"))
                .expectEvents(established());
    }

    @Test
    void anOperationTakesItsCoalitionsExerciseAndNoOther() {
        operationFixture(new FixedCoalitionRoster().coalition(COALITION, "exercise-x")).givenNoPriorActivity()
                .when(establish(null), exercise("exercise-y"))
                .expectException(violates("commands-stay-in-their-exercise"))
                .expectNoEvents();
        operationFixture(new FixedCoalitionRoster().coalition(COALITION, "exercise-x")).givenNoPriorActivity()
                .when(establish(null))
                .expectException(violates("commands-stay-in-their-exercise"));
        fixture.givenNoPriorActivity()
                .when(establish(null), exercise("exercise-x"))
                .expectException(violates("commands-stay-in-their-exercise"));
    }

    @Test
    void commandsFromAnotherExerciseNeverTouchTheOperation() {
        fixture.given(withMetaData(established(), exercise("exercise-x")))
                .when(new DesignateLeadNation(OPERATION, "FRA"), exercise("exercise-y"))
                .expectException(violates("commands-stay-in-their-exercise"))
                .expectNoEvents();
        fixture.given(withMetaData(established(), exercise("exercise-x")))
                .when(new DesignateLeadNation(OPERATION, "FRA"))
                .expectException(violates("commands-stay-in-their-exercise"));
        fixture.given(withMetaData(established(), exercise("exercise-x")))
                .when(new DesignateLeadNation(OPERATION, "FRA"), exercise("exercise-x"))
                .expectEvents(new LeadNationDesignated(OPERATION, COALITION, "FRA", null));
    }

    // --- lead nation ---

    @Test
    void theLeadRotatesToAnotherActiveMember() {
        fixture.given(withTree())
                .when(new DesignateLeadNation(OPERATION, "FRA"))
                .expectEvents(new LeadNationDesignated(OPERATION, COALITION, "FRA", "GBR"));
    }

    @Test
    void theCurrentLeadNationIsNotDesignatedAgain() {
        fixture.given(withTree())
                .when(new DesignateLeadNation(OPERATION, "GBR"))
                .expectException(violates("a-new-lead-nation-differs"))
                .expectNoEvents();
    }

    @Test
    void suspendedWithdrawnOrNonMemberNationsDoNotLead() {
        for (String nation : new String[]{"ITA", "DEU", "MLT", "USA"}) {
            fixture.given(withTree())
                    .when(new DesignateLeadNation(OPERATION, nation))
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
                .when(new ReturnNationalForces(OPERATION, "GBR", ReturnCause.MEMBER_WITHDRAWN))
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
                .when(new ReturnNationalForces(OPERATION, "NOR", ReturnCause.MEMBER_SUSPENDED))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
        fixture.given(withTree())
                .andGiven(placed("nor-1", "NOR", AIR, Degree.OPCON),
                        new ForceReturnedToNationalCommand(OPERATION, COALITION, "nor-1", "NOR",
                                ReturnCause.MEMBER_SUSPENDED))
                .when(new ReturnNationalForces(OPERATION, "NOR", ReturnCause.MEMBER_SUSPENDED))
                .expectNoEvents();
    }

    // --- closure ---

    @Test
    void closingReturnsEveryForceAndEndsItsTaskingsFirst() {
        fixture.given(withTree())
                .andGiven(placed("gbr-1", "GBR", AIR, Degree.OPCON), placed("fra-1", "FRA", MARITIME, Degree.OPCON),
                        issued("t-1", "fra-1", "FRA"))
                .when(new CloseOperation(OPERATION, ClosureCause.COALITION_DISSOLVED))
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
                .when(new DesignateLeadNation(OPERATION, "FRA"))
                .expectException(violates("closed-operations-stay-closed"))
                .expectNoEvents();
        fixture.given(withTree()).andGiven(closed)
                .when(new EstablishHeadquarters(OPERATION, "hq-x", "x", Level.TACTICAL, null, "GBR", AIR))
                .expectException(violates("closed-operations-stay-closed"));
        fixture.given(withTree()).andGiven(closed)
                .when(new CloseOperation(OPERATION, ClosureCause.CONCLUDED))
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
                .when(new ReturnNationalForces(OPERATION, "GBR", ReturnCause.MEMBER_WITHDRAWN))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aDissolutionAfterTheClosureRecordsNothing() {
        fixture.given(withTree())
                .andGiven(new OperationClosed(OPERATION, COALITION, ClosureCause.CONCLUDED))
                .when(new CloseOperation(OPERATION, ClosureCause.COALITION_DISSOLVED))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }
}
