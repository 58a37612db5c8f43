package org.entente.basing.route;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.TestExecutor;
import org.entente.platform.decision.Roles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.entente.testing.AggregateFixtures;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

import static org.entente.basing.BasingFixtures.COALITION;
import static org.entente.basing.BasingFixtures.DISSOLVED_COALITION;
import static org.entente.basing.BasingFixtures.EXERCISE;
import static org.entente.basing.BasingFixtures.LEAD;
import static org.entente.basing.BasingFixtures.MEMBER;
import static org.entente.basing.BasingFixtures.commanderOf;
import static org.entente.basing.BasingFixtures.councilOf;
import static org.entente.basing.BasingFixtures.fixture;
import static org.entente.basing.BasingFixtures.inExercise;
import static org.entente.basing.BasingFixtures.withRole;
import static org.entente.testing.AggregateFixtures.refuses;
import static org.entente.testing.AggregateFixtures.violates;

/** Supply routes: recorded through the coalition's own bases, their status changed, retired for good. */
class SupplyRouteTest {

    private static final String ID = "route-1";
    private static final BigDecimal CAPACITY = new BigDecimal("1500");
    /** The directory as the route sees it: one base of the coalition, one revoked, one of another coalition. */
    private static final RouteBases BASES = agreementId -> Optional.ofNullable(Map.of(
            "base-1", new RouteBases.Base("base-1", COALITION, "Souda Bay", false),
            "base-revoked", new RouteBases.Base("base-revoked", COALITION, "Incirlik", true),
            "base-elsewhere", new RouteBases.Base("base-elsewhere", "coalition-2", "Djibouti", false))
            .get(agreementId));

    private AggregateTestFixture<SupplyRoute> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture(SupplyRoute.class, BASES);
    }

    private static OpenSupplyRoute open(String coalition, String agreementId) {
        return new OpenSupplyRoute(ID, coalition, "sea line", "Taranto", "Souda Bay", RouteMode.SEA, CAPACITY,
                RouteStatus.OPEN, agreementId);
    }

    private static SupplyRouteOpened opened(String agreementId) {
        return new SupplyRouteOpened(ID, COALITION, "sea line", "Taranto", "Souda Bay", RouteMode.SEA, CAPACITY,
                RouteStatus.OPEN, agreementId);
    }

    private TestExecutor<SupplyRoute> open() {
        return fixture.given(opened(null));
    }

    @Test
    void aRouteIsRecordedThroughABaseOfTheCoalition() {
        fixture.givenNoPriorActivity().when(open(COALITION, "base-1")).expectEvents(opened("base-1"));
        fixture.givenNoPriorActivity().when(open(COALITION, null)).expectEvents(opened(null));
    }

    @Test
    void aRouteRunsOnlyThroughTheCoalitionsOwnStandingBases() {
        for (String agreementId : new String[]{"base-revoked", "base-elsewhere", "no-such-base"}) {
            fixture.givenNoPriorActivity().when(open(COALITION, agreementId))
                    .expectException(violates("routes-run-via-bases-of-the-coalition")).expectNoEvents();
        }
    }

    @Test
    void theCoalitionMustBeKnownAndOpen() {
        fixture.givenNoPriorActivity().when(open("unknown", null))
                .expectException(violates("the-coalition-must-be-known")).expectNoEvents();
        fixture.givenNoPriorActivity().when(open(DISSOLVED_COALITION, null))
                .expectException(violates("dissolved-coalitions-are-closed")).expectNoEvents();
    }

    @Test
    void aRouteBecomesContestedAndClosed() {
        open().when(new ChangeRouteStatus(ID, RouteStatus.CONTESTED, "mines reported"))
                .expectEvents(new SupplyRouteStatusChanged(ID, COALITION, RouteStatus.CONTESTED, RouteStatus.OPEN,
                        "mines reported"));
        open().andGiven(new SupplyRouteStatusChanged(ID, COALITION, RouteStatus.CLOSED, RouteStatus.OPEN, null))
                .when(new ChangeRouteStatus(ID, RouteStatus.OPEN, "cleared"))
                .expectEvents(new SupplyRouteStatusChanged(ID, COALITION, RouteStatus.OPEN, RouteStatus.CLOSED,
                        "cleared"));
    }

    @Test
    void aStatusChangeChangesTheStatus() {
        open().when(new ChangeRouteStatus(ID, RouteStatus.OPEN, null))
                .expectException(violates("route-status-must-change")).expectNoEvents();
    }

    @Test
    void aRetiredRouteStaysClosed() {
        open().when(new RetireSupplyRoute(ID, RouteRetirementCause.COALITION_DISSOLVED))
                .expectEvents(new SupplyRouteRetired(ID, COALITION, RouteStatus.CLOSED,
                        RouteRetirementCause.COALITION_DISSOLVED));
        open().andGiven(new SupplyRouteRetired(ID, COALITION, RouteStatus.CLOSED,
                        RouteRetirementCause.COALITION_DISSOLVED))
                .when(new ChangeRouteStatus(ID, RouteStatus.OPEN, null))
                .expectException(violates("retired-routes-stay-closed")).expectNoEvents();
        open().andGiven(new SupplyRouteRetired(ID, COALITION, RouteStatus.CLOSED,
                        RouteRetirementCause.COALITION_DISSOLVED))
                .when(new RetireSupplyRoute(ID, RouteRetirementCause.COALITION_DISSOLVED))
                .expectSuccessfulHandlerExecution().expectNoEvents();
    }

    @Test
    void aRouteOfAnExerciseTakesCommandsOfThatExerciseOnly() {
        fixture.given(inExercise(opened(null), EXERCISE))
                .when(new ChangeRouteStatus(ID, RouteStatus.CLOSED, null))
                .expectException(violates("commands-stay-in-their-exercise")).expectNoEvents();
    }

    // --- who decides: a commander serving the route's coalition (the token's coalitions claim) ---

    @Test
    void aCommanderOfTheCoalitionRecordsARoute() {
        fixture.givenNoPriorActivity().when(open(COALITION, "base-1"), commanderOf(LEAD, COALITION))
                .expectEvents(opened("base-1"));
        fixture.givenNoPriorActivity().when(open(COALITION, null), commanderOf(MEMBER, "coalition-2", COALITION))
                .expectEvents(opened(null));
    }

    @Test
    void aCommanderOfAnotherCoalitionRecordsNoRouteOfThisOne() {
        fixture.givenNoPriorActivity().when(open(COALITION, null), commanderOf(LEAD, "coalition-2"))
                .expectException(refuses("command-scope")).expectNoEvents();
        fixture.givenNoPriorActivity().when(open(COALITION, null), withRole(Roles.COMMANDER, LEAD))
                .expectException(refuses("command-scope")).expectNoEvents();
        // the council of the coalition does not command its supply lines
        fixture.givenNoPriorActivity().when(open(COALITION, null), councilOf(LEAD, COALITION))
                .expectException(refuses("command-scope")).expectNoEvents();
        // refused before the domain's rules: the caller learns nothing of the coalition or its bases
        fixture.givenNoPriorActivity().when(open(DISSOLVED_COALITION, "base-elsewhere"), commanderOf(LEAD, COALITION))
                .expectException(refuses("command-scope")).expectNoEvents();
    }

    @Test
    void aCommanderOfTheRoutesCoalitionChangesItsStatus() {
        ChangeRouteStatus contested = new ChangeRouteStatus(ID, RouteStatus.CONTESTED, "ambush reported");
        open().when(contested, commanderOf(MEMBER, COALITION))
                .expectEvents(new SupplyRouteStatusChanged(ID, COALITION, RouteStatus.CONTESTED, RouteStatus.OPEN,
                        "ambush reported"));
        open().when(contested, commanderOf(MEMBER, "coalition-2"))
                .expectException(refuses("command-scope")).expectNoEvents();
        open().when(contested, withRole(Roles.COMMANDER, MEMBER))
                .expectException(refuses("command-scope")).expectNoEvents();
        // refused before the domain's rules: not told the route is retired, nor that it is open already
        open().andGiven(new SupplyRouteRetired(ID, COALITION, RouteStatus.CLOSED,
                        RouteRetirementCause.COALITION_DISSOLVED))
                .when(contested, commanderOf(MEMBER, "coalition-2"))
                .expectException(refuses("command-scope")).expectNoEvents();
        open().when(new ChangeRouteStatus(ID, RouteStatus.OPEN, null), commanderOf(MEMBER, "coalition-2"))
                .expectException(refuses("command-scope")).expectNoEvents();
    }
}
