package org.entente.basing.clearance;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.entente.testing.AggregateFixtures;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.basing.BasingFixtures.COALITION;
import static org.entente.basing.BasingFixtures.DISSOLVED_COALITION;
import static org.entente.basing.BasingFixtures.EXERCISE;
import static org.entente.basing.BasingFixtures.LEAD;
import static org.entente.basing.BasingFixtures.MEMBER;
import static org.entente.basing.BasingFixtures.OUTSIDER;
import static org.entente.basing.BasingFixtures.SUSPENDED;
import static org.entente.basing.BasingFixtures.by;
import static org.entente.basing.BasingFixtures.councilOf;
import static org.entente.basing.BasingFixtures.decidedAt;
import static org.entente.basing.BasingFixtures.fixture;
import static org.entente.basing.BasingFixtures.inExercise;
import static org.entente.basing.BasingFixtures.plannerOf;
import static org.entente.testing.AggregateFixtures.refuses;
import static org.entente.testing.AggregateFixtures.violates;

/** Asking for diplomatic clearance, the lead times that bound it, and what the granting state decides. */
class DiplomaticClearanceTest {

    private static final String ID = "clearance-1";
    private static final Instant ASKED = Instant.parse("2011-03-20T00:00:00Z");
    /** Egypt asks for 14 days per flight, 60 for an annual clearance; states without figures for 7 and 30. */
    private static final ClearanceLeadTimes LEAD_TIMES = new ClearanceLeadTimes(
            new LeadTime(ClearanceLeadTimes.DEFAULT, 7, 30), List.of(new LeadTime(OUTSIDER, 14, 60)));
    private static final Instant FIRST_USE = ASKED.plus(Duration.ofDays(20));
    private static final Instant VALID_UNTIL = FIRST_USE.plus(Duration.ofDays(1));

    private AggregateTestFixture<DiplomaticClearance> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture(DiplomaticClearance.class, LEAD_TIMES);
        fixture.givenCurrentTime(ASKED); // recorded when asked
    }

    private static RequestClearance request(String user, String granting, ClearanceKind kind, Instant firstUse,
                                            boolean urgent) {
        return new RequestClearance(ID, COALITION, user, granting, kind, ClearancePurpose.OVERFLIGHT, "C-17A",
                firstUse, urgent);
    }

    private static ClearanceRequested requested(String granting, ClearanceKind kind) {
        return new ClearanceRequested(ID, COALITION, LEAD, granting, kind, ClearanceStatus.REQUESTED,
                ClearancePurpose.OVERFLIGHT, "C-17A", FIRST_USE, 14, false);
    }

    private TestExecutor<DiplomaticClearance> pending() {
        return fixture.given(requested(OUTSIDER, ClearanceKind.PER_FLIGHT));
    }

    private static ClearanceGranted granted(String granting) {
        return new ClearanceGranted(ID, COALITION, LEAD, granting, ClearanceKind.PER_FLIGHT, ClearanceStatus.GRANTED,
                "EGY-2011-0457", VALID_UNTIL, List.of("no weapons carried"));
    }

    private TestExecutor<DiplomaticClearance> granted() {
        return pending().andGiven(granted(OUTSIDER));
    }

    // --- the request and its lead time ---

    @Test
    void aMemberAsksAStateOutsideTheCoalitionWithEnoughNotice() {
        fixture.givenNoPriorActivity()
                .when(request(LEAD, OUTSIDER, ClearanceKind.PER_FLIGHT, FIRST_USE, false), decidedAt(ASKED, null))
                .expectEvents(new ClearanceRequested(ID, COALITION, LEAD, OUTSIDER, ClearanceKind.PER_FLIGHT,
                        ClearanceStatus.REQUESTED, ClearancePurpose.OVERFLIGHT, "C-17A", FIRST_USE, 14, false));
    }

    @Test
    void aRequestWithLessNoticeThanTheGrantingStatesLeadTimeIsRefused() {
        fixture.givenNoPriorActivity()
                .when(request(LEAD, OUTSIDER, ClearanceKind.PER_FLIGHT, ASKED.plus(Duration.ofDays(13)), false),
                        decidedAt(ASKED, null))
                .expectException(violates("clearance-requests-respect-lead-time")).expectNoEvents();
    }

    @Test
    void aBackdatedRequestDoesNotMakeUpForMissingNotice() {
        fixture.givenNoPriorActivity()
                .when(request(LEAD, OUTSIDER, ClearanceKind.PER_FLIGHT, ASKED.plus(Duration.ofDays(13)), false),
                        decidedAt(ASKED.minus(Duration.ofDays(10)), null))
                .expectException(violates("clearance-requests-respect-lead-time")).expectNoEvents();
    }

    @Test
    void theDefaultLeadTimeAppliesToStatesWithoutFiguresOfTheirOwn() {
        fixture.givenNoPriorActivity()
                .when(request(LEAD, "ESP", ClearanceKind.ANNUAL, ASKED.plus(Duration.ofDays(29)), false),
                        decidedAt(ASKED, null))
                .expectException(violates("clearance-requests-respect-lead-time")).expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(request(LEAD, "ESP", ClearanceKind.ANNUAL, ASKED.plus(Duration.ofDays(30)), false),
                        decidedAt(ASKED, null))
                .expectEvents(new ClearanceRequested(ID, COALITION, LEAD, "ESP", ClearanceKind.ANNUAL,
                        ClearanceStatus.REQUESTED, ClearancePurpose.OVERFLIGHT, "C-17A",
                        ASKED.plus(Duration.ofDays(30)), 30, false));
    }

    @Test
    void anUrgentRequestWithShortNoticeIsAcceptedAndFlagged() {
        Instant soon = ASKED.plus(Duration.ofDays(2));
        fixture.givenNoPriorActivity()
                .when(request(LEAD, OUTSIDER, ClearanceKind.PER_FLIGHT, soon, true), decidedAt(ASKED, null))
                .expectEvents(new ClearanceRequested(ID, COALITION, LEAD, OUTSIDER, ClearanceKind.PER_FLIGHT,
                        ClearanceStatus.REQUESTED, ClearancePurpose.OVERFLIGHT, "C-17A", soon, 14, true));
    }

    @Test
    void theFirstUseLiesAfterTheRequest() {
        fixture.givenNoPriorActivity()
                .when(request(LEAD, OUTSIDER, ClearanceKind.PER_FLIGHT, ASKED, true), decidedAt(ASKED, null))
                .expectException(violates("a-clearance-is-requested-before-its-first-use")).expectNoEvents();
    }

    @Test
    void onlyActiveMembersRequestClearances() {
        fixture.givenNoPriorActivity()
                .when(request(SUSPENDED, OUTSIDER, ClearanceKind.PER_FLIGHT, FIRST_USE, false), decidedAt(ASKED, null))
                .expectException(violates("only-active-members-request-clearances")).expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(request(OUTSIDER, LEAD, ClearanceKind.PER_FLIGHT, FIRST_USE, false), decidedAt(ASKED, null))
                .expectException(violates("only-active-members-request-clearances")).expectNoEvents();
    }

    @Test
    void aStateNeedsNoClearanceFromItself() {
        fixture.givenNoPriorActivity()
                .when(request(LEAD, LEAD, ClearanceKind.PER_FLIGHT, FIRST_USE, false), decidedAt(ASKED, null))
                .expectException(violates("a-clearance-is-asked-of-another-state")).expectNoEvents();
    }

    @Test
    void theCoalitionMustBeKnownAndOpen() {
        fixture.givenNoPriorActivity()
                .when(new RequestClearance(ID, "unknown", LEAD, OUTSIDER, ClearanceKind.PER_FLIGHT,
                        ClearancePurpose.LANDING, "C-130J", FIRST_USE, false), decidedAt(ASKED, null))
                .expectException(violates("the-coalition-must-be-known")).expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(new RequestClearance(ID, DISSOLVED_COALITION, MEMBER, OUTSIDER, ClearanceKind.PER_FLIGHT,
                        ClearancePurpose.LANDING, "C-130J", FIRST_USE, false), decidedAt(ASKED, null))
                .expectException(violates("dissolved-coalitions-are-closed")).expectNoEvents();
    }

    @Test
    void aClearanceOfAnExerciseTakesCommandsOfThatExerciseOnly() {
        fixture.given(inExercise(requested(OUTSIDER, ClearanceKind.PER_FLIGHT), EXERCISE))
                .when(new DenyClearance(ID, "no"))
                .expectException(violates("commands-stay-in-their-exercise")).expectNoEvents();
    }

    // --- the granting state decides ---

    @Test
    void theGrantingStateGivesANumberValidityAndConditions() {
        pending().when(new GrantClearance(ID, "EGY-2011-0457", VALID_UNTIL, List.of("no weapons carried")))
                .expectEvents(granted(OUTSIDER))
                .expectScheduledDeadline(VALID_UNTIL, new ClearanceEnd(ID, VALID_UNTIL));
    }

    @Test
    void aGrantedClearanceExpiresByItselfAtTheEndOfItsValidity() {
        pending().andGivenCommands(new GrantClearance(ID, "EGY-2011-0457", VALID_UNTIL, List.of("no weapons carried")))
                .whenTimeAdvancesTo(VALID_UNTIL.minusSeconds(1))
                .expectNoEvents();
        fixture = fixture(DiplomaticClearance.class, LEAD_TIMES);
        fixture.givenCurrentTime(ASKED).andGiven(requested(OUTSIDER, ClearanceKind.PER_FLIGHT))
                .andGivenCommands(new GrantClearance(ID, "EGY-2011-0457", VALID_UNTIL, List.of()))
                .whenTimeAdvancesTo(VALID_UNTIL)
                .expectDeadlinesMet(new ClearanceEnd(ID, VALID_UNTIL))
                .expectEvents(new ClearanceExpired(ID, COALITION, LEAD, OUTSIDER, ClearanceKind.PER_FLIGHT,
                        ClearanceStatus.EXPIRED));
        fixture = fixture(DiplomaticClearance.class, LEAD_TIMES);
        fixture.givenCurrentTime(ASKED).andGiven(requested(OUTSIDER, ClearanceKind.PER_FLIGHT))
                .andGivenCommands(new GrantClearance(ID, "EGY-2011-0457", VALID_UNTIL, List.of()),
                        new CloseClearance(ID, ClearanceClosureCause.COALITION_DISSOLVED))
                .whenTimeAdvancesTo(VALID_UNTIL)
                .expectNoEvents(); // ended otherwise: nothing expires
    }

    @Test
    void aGrantCoversTheFirstUse() {
        pending().when(new GrantClearance(ID, "EGY-2011-0457", FIRST_USE, List.of()))
                .expectException(violates("a-clearance-covers-its-first-use")).expectNoEvents();
    }

    @Test
    void anAnnualClearanceLastsAYearAtMost() {
        fixture.given(requested(OUTSIDER, ClearanceKind.ANNUAL))
                .when(new GrantClearance(ID, "EGY-A-2011-12", FIRST_USE.plus(Duration.ofDays(367)), List.of()))
                .expectException(violates("an-annual-clearance-lasts-a-year")).expectNoEvents();
        fixture.given(requested(OUTSIDER, ClearanceKind.ANNUAL))
                .when(new GrantClearance(ID, "EGY-A-2011-12", FIRST_USE.plus(Duration.ofDays(365)), List.of()))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void theGrantingStateDenies() {
        pending().when(new DenyClearance(ID, "airspace closed"))
                .expectEvents(new ClearanceDenied(ID, COALITION, LEAD, OUTSIDER, ClearanceKind.PER_FLIGHT,
                        ClearanceStatus.DENIED, "airspace closed"));
    }

    @Test
    void onlyAPendingClearanceIsDecided() {
        granted().when(new DenyClearance(ID, "changed its mind"))
                .expectException(violates("only-pending-clearances-are-decided")).expectNoEvents();
        granted().when(new GrantClearance(ID, "X-2", VALID_UNTIL, List.of()))
                .expectException(violates("only-pending-clearances-are-decided")).expectNoEvents();
    }

    @Test
    void aDeniedClearanceIsFinal() {
        pending().andGiven(new ClearanceDenied(ID, COALITION, LEAD, OUTSIDER, ClearanceKind.PER_FLIGHT,
                        ClearanceStatus.DENIED, "no"))
                .when(new GrantClearance(ID, "X-1", VALID_UNTIL, List.of()))
                .expectException(violates("ended-clearances-stay-ended")).expectNoEvents();
    }

    // --- expiry ---

    @Test
    void aGrantedClearanceExpiresAtItsEndAsRecorded() {
        fixture.givenCurrentTime(VALID_UNTIL).andGiven(requested(OUTSIDER, ClearanceKind.PER_FLIGHT),
                        granted(OUTSIDER))
                .when(new ExpireClearance(ID))
                .expectEvents(new ClearanceExpired(ID, COALITION, LEAD, OUTSIDER, ClearanceKind.PER_FLIGHT,
                        ClearanceStatus.EXPIRED));
        // a future effective time does not make it expire early
        fixture.givenCurrentTime(FIRST_USE).andGiven(requested(OUTSIDER, ClearanceKind.PER_FLIGHT),
                        granted(OUTSIDER))
                .when(new ExpireClearance(ID), decidedAt(VALID_UNTIL, null))
                .expectException(violates("a-clearance-expires-at-its-end")).expectNoEvents();
    }

    @Test
    void aPerFlightClearanceRunsAtMostThirtyDays() {
        Instant longest = FIRST_USE.plus(Duration.ofDays(ClearanceLeadTimes.PER_FLIGHT_MAXIMUM_DAYS));
        pending().when(new GrantClearance(ID, "EGY-1", longest.plusSeconds(1), List.of()))
                .expectException(violates("a-per-flight-clearance-is-short")).expectNoEvents();
        pending().when(new GrantClearance(ID, "EGY-1", longest, List.of()))
                .expectEvents(new ClearanceGranted(ID, COALITION, LEAD, OUTSIDER, ClearanceKind.PER_FLIGHT,
                        ClearanceStatus.GRANTED, "EGY-1", longest, List.of()));
        assertThat(ClearanceLeadTimes.fromClasspath().perFlightMaximumDays()).as("reference data").isEqualTo(30);
    }

    @Test
    void anIdOfAnotherKindOfRecordIsUnknown() {
        fixture.given(new org.entente.basing.route.SupplyRouteOpened(ID, COALITION, "A1", "Aviano", "Misrata", null,
                        null, null, null))
                .when(new DenyClearance(ID, "wrong id"))
                .expectException(org.entente.platform.domain.UnknownEntity.class).expectNoEvents();
    }

    @Test
    void onlyAGrantedClearanceExpires() {
        pending().when(new ExpireClearance(ID), decidedAt(VALID_UNTIL, null))
                .expectException(violates("only-granted-clearances-expire")).expectNoEvents();
    }

    // --- the granting state's standing in the coalition ---

    @Test
    void aClearanceGrantedByAMemberThatLeftIsSuspendedOnce() {
        fixture.given(requested(MEMBER, ClearanceKind.PER_FLIGHT), granted(MEMBER))
                .when(new SuspendClearance(ID, ClearanceSuspensionCause.MEMBER_WITHDRAWN))
                .expectEvents(new ClearanceSuspended(ID, COALITION, LEAD, MEMBER, ClearanceKind.PER_FLIGHT,
                        ClearanceStatus.SUSPENDED, ClearanceSuspensionCause.MEMBER_WITHDRAWN));
        fixture.given(requested(MEMBER, ClearanceKind.PER_FLIGHT), granted(MEMBER),
                        new ClearanceSuspended(ID, COALITION, LEAD, MEMBER, ClearanceKind.PER_FLIGHT,
                                ClearanceStatus.SUSPENDED, ClearanceSuspensionCause.MEMBER_SUSPENDED))
                .when(new SuspendClearance(ID, ClearanceSuspensionCause.MEMBER_WITHDRAWN))
                .expectSuccessfulHandlerExecution().expectNoEvents();
    }

    @Test
    void aSuspendedClearanceIsReinstatedOnceItsGrantorStandsAgain() {
        ClearanceSuspended suspended = new ClearanceSuspended(ID, COALITION, LEAD, MEMBER, ClearanceKind.PER_FLIGHT,
                ClearanceStatus.SUSPENDED, ClearanceSuspensionCause.MEMBER_SUSPENDED);
        fixture.given(requested(MEMBER, ClearanceKind.PER_FLIGHT), granted(MEMBER), suspended)
                .when(new ReinstateClearance(ID))
                .expectEvents(new ClearanceReinstated(ID, COALITION, LEAD, MEMBER, ClearanceKind.PER_FLIGHT,
                        ClearanceStatus.GRANTED));
        ClearanceSuspended bySuspendedState = new ClearanceSuspended(ID, COALITION, LEAD, SUSPENDED,
                ClearanceKind.PER_FLIGHT, ClearanceStatus.SUSPENDED, ClearanceSuspensionCause.MEMBER_SUSPENDED);
        fixture.given(requested(SUSPENDED, ClearanceKind.PER_FLIGHT), bySuspendedState)
                .when(new ReinstateClearance(ID))
                .expectException(violates("a-reinstated-grantor-stands-in-the-coalition")).expectNoEvents();
    }

    @Test
    void onlyASuspendedClearanceIsReinstated() {
        granted().when(new ReinstateClearance(ID))
                .expectException(violates("only-suspended-clearances-are-reinstated")).expectNoEvents();
    }

    @Test
    void theDissolutionClosesWhatIsNotEndedAndLeavesTheRest() {
        granted().when(new CloseClearance(ID, ClearanceClosureCause.COALITION_DISSOLVED))
                .expectEvents(new ClearanceClosed(ID, COALITION, LEAD, OUTSIDER, ClearanceKind.PER_FLIGHT,
                        ClearanceStatus.CLOSED, ClearanceClosureCause.COALITION_DISSOLVED));
        pending().andGiven(new ClearanceDenied(ID, COALITION, LEAD, OUTSIDER, ClearanceKind.PER_FLIGHT,
                        ClearanceStatus.DENIED, "no"))
                .when(new CloseClearance(ID, ClearanceClosureCause.COALITION_DISSOLVED))
                .expectSuccessfulHandlerExecution().expectNoEvents();
    }

    @Test
    void leadTimesAreReadFromTheClasspath() {
        ClearanceLeadTimes leadTimes = ClearanceLeadTimes.fromClasspath();
        assertThat(leadTimes.fallback()).isEqualTo(new LeadTime(ClearanceLeadTimes.DEFAULT, 7, 30));
        assertThat(leadTimes.of("EGY")).isEqualTo(new LeadTime("EGY", 14, 60));
        assertThat(leadTimes.of("DEU")).as("annual days default").isEqualTo(new LeadTime("DEU", 3, 30));
        assertThat(leadTimes.of("ESP")).isEqualTo(leadTimes.fallback());
        assertThat(leadTimes.own("ESP")).isEmpty();
    }

    // --- who decides: the user nation asks, the granting state decides, each for itself ---

    @Test
    void aPlannerAsksForClearanceForTheirOwnNationOnly() {
        RequestClearance request = request(LEAD, OUTSIDER, ClearanceKind.PER_FLIGHT, FIRST_USE, false);
        fixture.givenNoPriorActivity().when(request, by(plannerOf(LEAD), decidedAt(ASKED, null)))
                .expectEvents(new ClearanceRequested(ID, COALITION, LEAD, OUTSIDER, ClearanceKind.PER_FLIGHT,
                        ClearanceStatus.REQUESTED, ClearancePurpose.OVERFLIGHT, "C-17A", FIRST_USE, 14, false));
        fixture.givenNoPriorActivity().when(request, by(plannerOf(MEMBER), decidedAt(ASKED, null)))
                .expectException(refuses("own-nation-only")).expectNoEvents();
        fixture.givenNoPriorActivity().when(request, by(plannerOf(OUTSIDER), decidedAt(ASKED, null)))
                .expectException(refuses("own-nation-only")).expectNoEvents();
    }

    @Test
    void onlyTheGrantingStateGrantsOrDenies() {
        GrantClearance grant = new GrantClearance(ID, "EGY-2011-0457", VALID_UNTIL, List.of("no weapons carried"));
        pending().when(grant, plannerOf(OUTSIDER)).expectEvents(granted(OUTSIDER));
        pending().when(grant, plannerOf(LEAD)).expectException(refuses("own-nation-only")).expectNoEvents();
        pending().when(grant, councilOf(LEAD, COALITION)).expectException(refuses("own-nation-only"))
                .expectNoEvents();

        DenyClearance denial = new DenyClearance(ID, "airspace closed");
        pending().when(denial, plannerOf(OUTSIDER)).expectEvents(new ClearanceDenied(ID, COALITION, LEAD, OUTSIDER,
                ClearanceKind.PER_FLIGHT, ClearanceStatus.DENIED, "airspace closed"));
        pending().when(denial, plannerOf(LEAD)).expectException(refuses("own-nation-only")).expectNoEvents();
    }

    @Test
    void eitherTheUserOrTheGrantingStateRecordsTheExpiry() {
        ClearanceExpired expired = new ClearanceExpired(ID, COALITION, LEAD, OUTSIDER, ClearanceKind.PER_FLIGHT,
                ClearanceStatus.EXPIRED);
        for (String nation : List.of(LEAD, OUTSIDER)) {
            fixture.givenCurrentTime(VALID_UNTIL).andGiven(requested(OUTSIDER, ClearanceKind.PER_FLIGHT),
                            granted(OUTSIDER))
                    .when(new ExpireClearance(ID), plannerOf(nation)).expectEvents(expired);
        }
        fixture.givenCurrentTime(VALID_UNTIL).andGiven(requested(OUTSIDER, ClearanceKind.PER_FLIGHT),
                        granted(OUTSIDER))
                .when(new ExpireClearance(ID), plannerOf(MEMBER)).expectException(refuses("own-nation-only"))
                .expectNoEvents();
        // of the user's nation, but not its planner
        fixture.givenCurrentTime(VALID_UNTIL).andGiven(requested(OUTSIDER, ClearanceKind.PER_FLIGHT),
                        granted(OUTSIDER))
                .when(new ExpireClearance(ID), councilOf(LEAD, COALITION)).expectException(refuses("own-nation-only"))
                .expectNoEvents();
    }

    @Test
    void onlyTheGrantingStateReinstatesItsClearance() {
        ClearanceSuspended suspended = new ClearanceSuspended(ID, COALITION, LEAD, MEMBER, ClearanceKind.PER_FLIGHT,
                ClearanceStatus.SUSPENDED, ClearanceSuspensionCause.MEMBER_SUSPENDED);
        fixture.given(requested(MEMBER, ClearanceKind.PER_FLIGHT), granted(MEMBER), suspended)
                .when(new ReinstateClearance(ID), plannerOf(MEMBER))
                .expectEvents(new ClearanceReinstated(ID, COALITION, LEAD, MEMBER, ClearanceKind.PER_FLIGHT,
                        ClearanceStatus.GRANTED));
        fixture.given(requested(MEMBER, ClearanceKind.PER_FLIGHT), granted(MEMBER), suspended)
                .when(new ReinstateClearance(ID), plannerOf(LEAD))
                .expectException(refuses("own-nation-only")).expectNoEvents();
    }
}
