package org.entente.basing.sustainment;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.TestExecutor;
import org.entente.basing.theatre.Activity;
import org.entente.platform.decision.Roles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.entente.testing.AggregateFixtures;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.entente.basing.BasingFixtures.COALITION;
import static org.entente.basing.BasingFixtures.DISSOLVED_COALITION;
import static org.entente.basing.BasingFixtures.EXERCISE;
import static org.entente.basing.BasingFixtures.LEAD;
import static org.entente.basing.BasingFixtures.MEMBER;
import static org.entente.basing.BasingFixtures.PARTNER;
import static org.entente.basing.BasingFixtures.SUSPENDED;
import static org.entente.basing.BasingFixtures.commanderOf;
import static org.entente.basing.BasingFixtures.councilOf;
import static org.entente.basing.BasingFixtures.fixture;
import static org.entente.basing.BasingFixtures.inExercise;
import static org.entente.basing.BasingFixtures.plannerOf;
import static org.entente.basing.BasingFixtures.withRole;
import static org.entente.testing.AggregateFixtures.refuses;
import static org.entente.testing.AggregateFixtures.violates;

/** Sustainment requests: routed through the coalition's bases and routes, delivered, flagged, re-flagged, closed. */
class SustainmentRequestTest {

    private static final String ID = "request-1";
    private static final Instant NEED_BY = Instant.parse("2011-04-02T12:00:00Z");

    /** The directory as a request sees it. */
    private static final SustainmentRouting ROUTING = new SustainmentRouting() {
        private final Map<String, Base> bases = Map.of(
                "base-1", new Base("base-1", COALITION, "Aviano", true, Set.of(Activity.LOGISTICS, Activity.ISR),
                        null, null),
                "base-strike", new Base("base-strike", COALITION, "Trapani", true, Set.of(Activity.STRIKE), null,
                        null),
                "base-pending", new Base("base-pending", COALITION, "Sigonella", false, Set.of(Activity.LOGISTICS),
                        null, null),
                "base-lapsed", new Base("base-lapsed", COALITION, "Gioia del Colle", true,
                        Set.of(Activity.LOGISTICS), Instant.parse("2011-03-20T00:00:00Z"), NEED_BY),
                "base-later", new Base("base-later", COALITION, "Decimomannu", true, Set.of(Activity.LOGISTICS),
                        NEED_BY, Instant.parse("2011-09-27T00:00:00Z")),
                "base-elsewhere", new Base("base-elsewhere", "coalition-2", "Djibouti", true,
                        Set.of(Activity.LOGISTICS), null, null));
        private final Map<String, Route> routes = Map.of(
                "route-1", new Route("route-1", COALITION, "A1 motorway", false, null),
                "route-closed", new Route("route-closed", COALITION, "Strait crossing", true, null),
                "route-elsewhere", new Route("route-elsewhere", "coalition-2", "Red Sea", false, null),
                "route-via-aviano", new Route("route-via-aviano", COALITION, "A4 to Aviano", false, "base-1"),
                "route-via-trapani", new Route("route-via-trapani", COALITION, "A29 to Trapani", false,
                        "base-strike"),
                "route-via-sigonella", new Route("route-via-sigonella", COALITION, "A18 to Sigonella", false,
                        "base-pending"),
                "route-via-gioia", new Route("route-via-gioia", COALITION, "A14 to Gioia", false, "base-lapsed"));

        @Override
        public Optional<Base> throughBase(String agreementId) {
            return Optional.ofNullable(bases.get(agreementId));
        }

        @Override
        public Optional<Route> alongRoute(String routeId) {
            return Optional.ofNullable(routes.get(routeId));
        }
    };

    private AggregateTestFixture<SustainmentRequest> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture(SustainmentRequest.class, ROUTING);
    }

    private static RequestSustainment request(String nation, String agreementId, String routeId) {
        return new RequestSustainment(ID, COALITION, "force-1", nation, SupplyClass.III, new BigDecimal("120"), "t",
                NEED_BY, agreementId, routeId);
    }

    private static SustainmentRequested requested(String agreementId, String routeId) {
        return new SustainmentRequested(ID, COALITION, "force-1", MEMBER, SupplyClass.III, new BigDecimal("120"), "t",
                NEED_BY, agreementId, routeId, SustainmentStatus.REQUESTED);
    }

    private TestExecutor<SustainmentRequest> open() {
        return fixture.given(requested("base-1", "route-1"));
    }

    private static SustainmentDelivered delivered(String quantity, String total, SustainmentStatus status) {
        return new SustainmentDelivered(ID, COALITION, "d-1", new BigDecimal(quantity), new BigDecimal(total), status);
    }

    // --- the request ---

    @Test
    void aMembersForceAsksForFuelThroughABaseAndAlongARoute() {
        fixture.givenNoPriorActivity().when(request(MEMBER, "base-1", "route-1"))
                .expectEvents(requested("base-1", "route-1"));
    }

    @Test
    void onlyActiveMembersDrawSustainment() {
        fixture.givenNoPriorActivity().when(request(SUSPENDED, "base-1", null))
                .expectException(violates("only-active-members-draw-sustainment")).expectNoEvents();
        fixture.givenNoPriorActivity().when(request(PARTNER, "base-1", null))
                .expectException(violates("only-active-members-draw-sustainment")).expectNoEvents();
    }

    @Test
    void theBaseIsOneOfTheCoalitions() {
        fixture.givenNoPriorActivity().when(request(MEMBER, "base-elsewhere", null))
                .expectException(violates("sustainment-goes-through-bases-of-the-coalition")).expectNoEvents();
        fixture.givenNoPriorActivity().when(request(MEMBER, "no-such-base", null))
                .expectException(violates("sustainment-goes-through-bases-of-the-coalition")).expectNoEvents();
    }

    @Test
    void theBaseIsInForceAndPermitsLogistics() {
        fixture.givenNoPriorActivity().when(request(MEMBER, "base-strike", null))
                .expectException(violates("the-base-permits-logistics")).expectNoEvents();
        fixture.givenNoPriorActivity().when(request(MEMBER, "base-pending", null))
                .expectException(violates("the-base-permits-logistics")).expectNoEvents();
    }

    @Test
    void theBaseIsWithinItsValidity() {
        fixture.givenCurrentTime(NEED_BY).when(request(MEMBER, "base-lapsed", null))
                .expectException(violates("the-base-agreement-is-valid")).expectNoEvents();
        fixture.givenCurrentTime(NEED_BY.minusSeconds(1)).when(request(MEMBER, "base-later", null))
                .expectException(violates("the-base-agreement-is-valid")).expectNoEvents();
        fixture.givenCurrentTime(NEED_BY).when(request(MEMBER, "base-later", null))
                .expectEvents(new SustainmentRequested(ID, COALITION, "force-1", MEMBER, SupplyClass.III,
                        new BigDecimal("120"), "t", NEED_BY, "base-later", null, SustainmentStatus.REQUESTED));
    }

    @Test
    void theRouteIsOneOfTheCoalitionsAndNotClosed() {
        fixture.givenNoPriorActivity().when(request(MEMBER, null, "route-elsewhere"))
                .expectException(violates("sustainment-goes-along-routes-of-the-coalition")).expectNoEvents();
        fixture.givenNoPriorActivity().when(request(MEMBER, null, "route-closed"))
                .expectException(violates("the-route-is-not-closed")).expectNoEvents();
    }

    @Test
    void aRouteViaABaseCarriesSustainmentOnlyWhileTheBasePermitsLogistics() {
        fixture.givenNoPriorActivity().when(request(MEMBER, null, "route-via-aviano"))
                .expectEvents(requested(null, "route-via-aviano"));
        // suspended, revoked, expired or closed: not in force
        fixture.givenNoPriorActivity().when(request(MEMBER, null, "route-via-sigonella"))
                .expectException(violates("the-route-base-permits-logistics")).expectNoEvents();
        // restricted away from logistics
        fixture.givenNoPriorActivity().when(request(MEMBER, null, "route-via-trapani"))
                .expectException(violates("the-route-base-permits-logistics")).expectNoEvents();
        // past the end of its validity
        fixture.givenCurrentTime(NEED_BY).when(request(MEMBER, null, "route-via-gioia"))
                .expectException(violates("the-route-base-permits-logistics")).expectNoEvents();
        // the route's base is checked whatever base the request names itself
        fixture.givenNoPriorActivity().when(request(MEMBER, "base-1", "route-via-sigonella"))
                .expectException(violates("the-route-base-permits-logistics")).expectNoEvents();
    }

    @Test
    void aRouteViaAReinstatedBaseCarriesSustainmentAgain() {
        AtomicBoolean inForce = new AtomicBoolean(false);
        SustainmentRouting routing = new SustainmentRouting() {
            @Override
            public Optional<Base> throughBase(String agreementId) {
                return Optional.of(new Base("base-1", COALITION, "Aviano", inForce.get(), Set.of(Activity.LOGISTICS),
                        null, null));
            }

            @Override
            public Optional<Route> alongRoute(String routeId) {
                return Optional.of(new Route(routeId, COALITION, "A4 to Aviano", false, "base-1"));
            }
        };
        fixture = fixture(SustainmentRequest.class, routing);
        fixture.givenNoPriorActivity().when(request(MEMBER, null, "route-via-aviano"))
                .expectException(violates("the-route-base-permits-logistics")).expectNoEvents();
        inForce.set(true); // the host reinstated it
        fixture.givenNoPriorActivity().when(request(MEMBER, null, "route-via-aviano"))
                .expectEvents(requested(null, "route-via-aviano"));
    }

    @Test
    void theCoalitionMustBeKnownAndOpen() {
        fixture.givenNoPriorActivity().when(new RequestSustainment(ID, "unknown", "force-1", MEMBER, SupplyClass.I,
                        BigDecimal.TEN, "t", NEED_BY, null, "route-1"))
                .expectException(violates("the-coalition-must-be-known")).expectNoEvents();
        fixture.givenNoPriorActivity().when(new RequestSustainment(ID, DISSOLVED_COALITION, "force-1", MEMBER,
                        SupplyClass.I, BigDecimal.TEN, "t", NEED_BY, null, "route-1"))
                .expectException(violates("dissolved-coalitions-are-closed")).expectNoEvents();
    }

    // --- outcomes ---

    @Test
    void deliveriesAddUpToPartlyThenFullyFulfilled() {
        open().when(new RecordSupplyDelivery(ID, "d-1", new BigDecimal("80"), "t"))
                .expectEvents(delivered("80", "80", SustainmentStatus.PARTLY_FULFILLED));
        open().andGiven(delivered("80", "80", SustainmentStatus.PARTLY_FULFILLED))
                .when(new RecordSupplyDelivery(ID, "d-1", new BigDecimal("40"), "t"))
                .expectEvents(delivered("40", "120", SustainmentStatus.FULFILLED));
    }

    @Test
    void deliveriesAreCountedInTheRequestUnit() {
        open().when(new RecordSupplyDelivery(ID, "d-1", new BigDecimal("80"), "m3"))
                .expectException(violates("deliveries-in-the-request-unit")).expectNoEvents();
    }

    @Test
    void aFulfilledRequestReceivesNothingMoreAndIsNotFlagged() {
        TestExecutor<SustainmentRequest> fulfilled = open()
                .andGiven(delivered("120", "120", SustainmentStatus.FULFILLED));
        fulfilled.when(new RecordSupplyDelivery(ID, "d-2", BigDecimal.ONE, "t"))
                .expectException(violates("only-open-requests-receive-supplies")).expectNoEvents();
        open().andGiven(delivered("120", "120", SustainmentStatus.FULFILLED))
                .when(new FlagShortfall(ID, "late"))
                .expectException(violates("only-open-requests-are-flagged")).expectNoEvents();
    }

    @Test
    void aShortfallSaysWhatIsMissing() {
        open().andGiven(delivered("80", "80", SustainmentStatus.PARTLY_FULFILLED))
                .when(new FlagShortfall(ID, "tanker diverted"))
                .expectEvents(new SustainmentShortfallFlagged(ID, COALITION, "tanker diverted", new BigDecimal("40"),
                        SustainmentStatus.SHORTFALL));
    }

    // --- cascades ---

    @Test
    void anOpenRequestThroughARevokedBaseIsReflagged() {
        open().when(new ReflagSustainment(ID, "base-1", ReflagCause.AGREEMENT_REVOKED))
                .expectEvents(new SustainmentReflagged(ID, COALITION, "base-1", ReflagCause.AGREEMENT_REVOKED,
                        SustainmentStatus.SHORTFALL));
    }

    @Test
    void aRequestIsReflaggedOnceForTheSameBaseUntilSomethingReopensIt() {
        SustainmentReflagged suspended = new SustainmentReflagged(ID, COALITION, "base-1",
                ReflagCause.AGREEMENT_SUSPENDED, SustainmentStatus.SHORTFALL);
        open().andGiven(suspended)
                .when(new ReflagSustainment(ID, "base-1", ReflagCause.AGREEMENT_REVOKED))
                .expectSuccessfulHandlerExecution().expectNoEvents();
        open().andGiven(suspended, delivered("20", "20", SustainmentStatus.PARTLY_FULFILLED))
                .when(new ReflagSustainment(ID, "base-1", ReflagCause.AGREEMENT_REVOKED))
                .expectEvents(new SustainmentReflagged(ID, COALITION, "base-1", ReflagCause.AGREEMENT_REVOKED,
                        SustainmentStatus.SHORTFALL));
    }

    @Test
    void anOpenRequestAlongARouteViaASuspendedBaseIsReflaggedOncePerBase() {
        TestExecutor<SustainmentRequest> alongTheRoute = fixture.given(requested("base-strike", "route-via-aviano"));
        alongTheRoute.when(new ReflagSustainment(ID, "base-1", ReflagCause.AGREEMENT_SUSPENDED, "route-via-aviano"))
                .expectEvents(new SustainmentReflagged(ID, COALITION, "base-1", ReflagCause.AGREEMENT_SUSPENDED,
                        SustainmentStatus.SHORTFALL));
        SustainmentReflagged suspended = new SustainmentReflagged(ID, COALITION, "base-1",
                ReflagCause.AGREEMENT_SUSPENDED, SustainmentStatus.SHORTFALL);
        // suspended, then revoked: once for that base
        fixture.given(requested("base-strike", "route-via-aviano"), suspended)
                .when(new ReflagSustainment(ID, "base-1", ReflagCause.AGREEMENT_REVOKED, "route-via-aviano"))
                .expectSuccessfulHandlerExecution().expectNoEvents();
        // the base the request names itself is another base: its end re-flags the request again
        fixture.given(requested("base-strike", "route-via-aviano"), suspended)
                .when(new ReflagSustainment(ID, "base-strike", ReflagCause.AGREEMENT_REVOKED))
                .expectEvents(new SustainmentReflagged(ID, COALITION, "base-strike", ReflagCause.AGREEMENT_REVOKED,
                        SustainmentStatus.SHORTFALL));
    }

    @Test
    void aReflagForAnotherRouteOrAClosedRequestAlongTheRouteRecordsNothing() {
        fixture.given(requested(null, "route-1"))
                .when(new ReflagSustainment(ID, "base-1", ReflagCause.AGREEMENT_SUSPENDED, "route-via-aviano"))
                .expectSuccessfulHandlerExecution().expectNoEvents();
        fixture.given(requested(null, "route-via-aviano"), new SustainmentClosed(ID, COALITION,
                        SustainmentClosureCause.CANCELLED, null, SustainmentStatus.CLOSED))
                .when(new ReflagSustainment(ID, "base-1", ReflagCause.AGREEMENT_SUSPENDED, "route-via-aviano"))
                .expectSuccessfulHandlerExecution().expectNoEvents();
    }

    @Test
    void anIdOfAnotherKindOfRecordIsUnknown() {
        fixture.given(new org.entente.basing.route.SupplyRouteOpened(ID, COALITION, "A1", "Aviano", "Misrata", null,
                        null, null, null))
                .when(new FlagShortfall(ID, "wrong id"))
                .expectException(org.entente.platform.domain.UnknownEntity.class).expectNoEvents();
    }

    @Test
    void aFulfilledRequestOrAnotherBasesIsNotReflagged() {
        open().andGiven(delivered("120", "120", SustainmentStatus.FULFILLED))
                .when(new ReflagSustainment(ID, "base-1", ReflagCause.AGREEMENT_SUSPENDED))
                .expectSuccessfulHandlerExecution().expectNoEvents();
        open().when(new ReflagSustainment(ID, "base-strike", ReflagCause.AGREEMENT_SUSPENDED))
                .expectSuccessfulHandlerExecution().expectNoEvents();
    }

    @Test
    void theDissolutionClosesAnOpenRequestAndLeavesAFulfilledOne() {
        open().when(new CloseSustainmentRequest(ID, SustainmentClosureCause.COALITION_DISSOLVED, null))
                .expectEvents(new SustainmentClosed(ID, COALITION, SustainmentClosureCause.COALITION_DISSOLVED, null,
                        SustainmentStatus.CLOSED));
        open().andGiven(delivered("120", "120", SustainmentStatus.FULFILLED))
                .when(new CloseSustainmentRequest(ID, SustainmentClosureCause.COALITION_DISSOLVED, null))
                .expectSuccessfulHandlerExecution().expectNoEvents();
    }

    @Test
    void onlyAnOpenRequestIsCancelled() {
        open().andGiven(new SustainmentClosed(ID, COALITION, SustainmentClosureCause.COALITION_DISSOLVED, null,
                        SustainmentStatus.CLOSED))
                .when(new CloseSustainmentRequest(ID, SustainmentClosureCause.CANCELLED, "not needed"))
                .expectException(violates("only-open-requests-are-cancelled")).expectNoEvents();
    }

    @Test
    void aRequestOfAnExerciseTakesCommandsOfThatExerciseOnly() {
        fixture.given(inExercise(requested("base-1", null), EXERCISE))
                .when(new FlagShortfall(ID, "late"))
                .expectException(violates("commands-stay-in-their-exercise")).expectNoEvents();
    }

    // --- who decides: the force's nation asks and cancels, for its own forces only ---

    @Test
    void aPlannerAsksForSustainmentOfTheirOwnNationsForceOnly() {
        fixture.givenNoPriorActivity().when(request(MEMBER, "base-1", "route-1"), plannerOf(MEMBER))
                .expectEvents(requested("base-1", "route-1"));
        fixture.givenNoPriorActivity().when(request(MEMBER, "base-1", "route-1"), plannerOf(LEAD))
                .expectException(refuses("own-nation-only")).expectNoEvents();
    }

    @Test
    void onlyTheRequestingNationCancels() {
        CloseSustainmentRequest cancellation = new CloseSustainmentRequest(ID, SustainmentClosureCause.CANCELLED,
                "not needed");
        open().when(cancellation, plannerOf(MEMBER)).expectEvents(new SustainmentClosed(ID, COALITION,
                SustainmentClosureCause.CANCELLED, "not needed", SustainmentStatus.CLOSED));
        open().when(cancellation, plannerOf(LEAD)).expectException(refuses("own-nation-only")).expectNoEvents();
        open().when(cancellation, councilOf(LEAD, COALITION)).expectException(refuses("own-nation-only"))
                .expectNoEvents();
    }

    // --- who decides: the providing side, a commander serving the request's coalition ---

    @Test
    void aCommanderOfTheRequestsCoalitionRecordsADelivery() {
        RecordSupplyDelivery delivery = new RecordSupplyDelivery(ID, "d-1", new BigDecimal("80"), "t");
        open().when(delivery, commanderOf(LEAD, COALITION))
                .expectEvents(delivered("80", "80", SustainmentStatus.PARTLY_FULFILLED));
        open().when(delivery, commanderOf(MEMBER, "coalition-2", COALITION))
                .expectEvents(delivered("80", "80", SustainmentStatus.PARTLY_FULFILLED));
    }

    @Test
    void aCommanderOfAnotherCoalitionRecordsNoDelivery() {
        RecordSupplyDelivery delivery = new RecordSupplyDelivery(ID, "d-1", new BigDecimal("80"), "t");
        open().when(delivery, commanderOf(LEAD, "coalition-2"))
                .expectException(refuses("command-scope")).expectNoEvents();
        open().when(delivery, withRole(Roles.COMMANDER, LEAD))
                .expectException(refuses("command-scope")).expectNoEvents();
        // neither the requesting nation's planner nor the council records what the logistics chain delivered
        open().when(delivery, plannerOf(MEMBER)).expectException(refuses("command-scope")).expectNoEvents();
        open().when(delivery, councilOf(LEAD, COALITION)).expectException(refuses("command-scope"))
                .expectNoEvents();
        // refused before the domain's rules: not told the request is fulfilled
        open().andGiven(delivered("120", "120", SustainmentStatus.FULFILLED))
                .when(delivery, commanderOf(LEAD, "coalition-2"))
                .expectException(refuses("command-scope")).expectNoEvents();
    }

    @Test
    void aCommanderOfTheRequestsCoalitionFlagsAShortfall() {
        open().when(new FlagShortfall(ID, "tanker diverted"), commanderOf(LEAD, COALITION))
                .expectEvents(new SustainmentShortfallFlagged(ID, COALITION, "tanker diverted", new BigDecimal("120"),
                        SustainmentStatus.SHORTFALL));
    }

    @Test
    void aCommanderOfAnotherCoalitionFlagsNoShortfall() {
        FlagShortfall shortfall = new FlagShortfall(ID, "tanker diverted");
        open().when(shortfall, commanderOf(LEAD, "coalition-2"))
                .expectException(refuses("command-scope")).expectNoEvents();
        open().when(shortfall, withRole(Roles.COMMANDER, LEAD))
                .expectException(refuses("command-scope")).expectNoEvents();
        open().when(shortfall, councilOf(LEAD, COALITION)).expectException(refuses("command-scope"))
                .expectNoEvents();
        // refused before the domain's rules: not told the request is closed
        open().andGiven(new SustainmentClosed(ID, COALITION, SustainmentClosureCause.CANCELLED, null,
                        SustainmentStatus.CLOSED))
                .when(shortfall, commanderOf(LEAD, "coalition-2"))
                .expectException(refuses("command-scope")).expectNoEvents();
    }
}
