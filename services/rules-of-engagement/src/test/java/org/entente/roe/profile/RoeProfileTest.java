package org.entente.roe.profile;

import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.TestExecutor;
import org.entente.platform.decision.DecisionMetadata;
import org.entente.platform.roster.FixedCoalitionRoster;
import org.entente.platform.roster.Standing;
import org.entente.platform.domain.NotPermitted;
import org.entente.roe.RoeFixtures.FixedOperations;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.entente.testing.AggregateFixtures;

import static org.entente.roe.RoeFixtures.commanderOf;
import static org.entente.roe.RoeFixtures.councilOf;
import static org.entente.roe.RoeFixtures.profileFixture;
import static org.entente.testing.AggregateFixtures.refuses;
import static org.entente.testing.AggregateFixtures.violates;

/** The ROE profile of an operation: establishment, the life of a measure, review after expansion, closure. */
class RoeProfileTest {

    private static final String OPERATION = "op-1";
    private static final String COALITION = "coalition-1";
    private static final String LEAD = "GBR";
    private static final String MEMBER = "NOR";
    /** A coalition other than the profile's: its council and commanders decide nothing here. */
    private static final String ELSEWHERE = "coalition-2";
    /** The council of the profile's coalition, deciding on a named authority. */
    private static final MetaData COUNCIL_DECISION = councilOf(COALITION).and(DecisionMetadata.AUTHORITY,
            "NAC decision 27 March");

    private FixedCoalitionRoster roster;
    private FixedOperations operations;
    private AggregateTestFixture<RoeProfile> fixture;

    @BeforeEach
    void setUp() {
        roster = new FixedCoalitionRoster().coalition(COALITION, null)
                .member(COALITION, LEAD, Standing.ACTIVE_MEMBER)
                .member(COALITION, MEMBER, Standing.ACTIVE_MEMBER)
                .member(COALITION, "DNK", Standing.SUSPENDED_MEMBER);
        operations = new FixedOperations().with(new KnownOperation(OPERATION, COALITION, "Unified Protector", false));
        fixture = profileFixture(roster, operations);
    }

    private TestExecutor<RoeProfile> profile(Object... more) {
        TestExecutor<RoeProfile> given = fixture.given(new RoeProfileEstablished(OPERATION, COALITION, null));
        return more.length == 0 ? given : given.andGiven(more);
    }

    /** A commander of {@code nation} serving the profile's coalition. */
    private static MetaData commander(String nation) {
        return commanderOf(nation, COALITION);
    }

    private static MeasureRequested requested(String requestId, String code, String parameter, String nation) {
        return new MeasureRequested(OPERATION, COALITION, requestId, code, parameter, nation, null);
    }

    // --- establishment ---

    @Test
    void aProfileIsEstablishedForAKnownOperationInItsCoalitionsExercise() {
        roster.coalition(COALITION, "exercise-7");
        fixture.givenNoPriorActivity()
                .when(new EstablishProfile(OPERATION), commander(LEAD).and(DecisionMetadata.EXERCISE_ID, "exercise-7"))
                .expectEvents(new RoeProfileEstablished(OPERATION, COALITION, "exercise-7"));
    }

    @Test
    void aProfileIsEstablishedOnce() {
        profile().when(new EstablishProfile(OPERATION), commander(LEAD))
                .expectException(violates("a-profile-is-established-once")).expectNoEvents();
    }

    @Test
    void anUnknownOperationGetsNoProfile() {
        fixture.givenNoPriorActivity().when(new EstablishProfile("op-unknown"), commander(LEAD))
                .expectException(violates("the-operation-must-be-known")).expectNoEvents();
    }

    @Test
    void aClosedOperationGetsNoProfile() {
        operations.with(new KnownOperation(OPERATION, COALITION, "Unified Protector", true));
        fixture.givenNoPriorActivity().when(new EstablishProfile(OPERATION), commander(LEAD))
                .expectException(violates("closed-operations-take-no-profile")).expectNoEvents();
    }

    @Test
    void theCoalitionMustBeKnownFromTheMembershipTopic() {
        operations.with(new KnownOperation(OPERATION, "coalition-unheard-of", "Ghost", false));
        fixture.givenNoPriorActivity().when(new EstablishProfile(OPERATION), commanderOf(LEAD, "coalition-unheard-of"))
                .expectException(violates("the-coalition-must-be-known")).expectNoEvents();
    }

    @Test
    void aDissolvedCoalitionGetsNoProfile() {
        roster.dissolved(COALITION);
        fixture.givenNoPriorActivity().when(new EstablishProfile(OPERATION), commander(LEAD))
                .expectException(violates("dissolved-coalitions-are-closed")).expectNoEvents();
    }

    @Test
    void theProfileTakesTheCoalitionsExerciseNotAnother() {
        roster.coalition(COALITION, "exercise-7");
        fixture.givenNoPriorActivity()
                .when(new EstablishProfile(OPERATION), commander(LEAD).and(DecisionMetadata.EXERCISE_ID, "exercise-8"))
                .expectException(violates("commands-stay-in-their-exercise")).expectNoEvents();
    }

    @Test
    void laterCommandsStayInTheProfilesExercise() {
        fixture.given(GenericEventMessage.asEventMessage(new RoeProfileEstablished(OPERATION, COALITION, "exercise-7"))
                        .withMetaData(MetaData.with(DecisionMetadata.EXERCISE_ID, "exercise-7")))
                .when(new RequestMeasure(OPERATION, "r-1", "13A", null, MEMBER, null))
                .expectException(violates("commands-stay-in-their-exercise")).expectNoEvents();
    }

    // --- requests ---

    @Test
    void anActiveMemberRequestsAMeasureWithItsParameter() {
        profile().when(new RequestMeasure(OPERATION, "r-1", "16A", "Libyan no-fly zone", MEMBER, "CFACC"),
                        commander(MEMBER))
                .expectEvents(new MeasureRequested(OPERATION, COALITION, "r-1", "16A", "Libyan no-fly zone", MEMBER,
                        "CFACC"));
    }

    @Test
    void measuresComeFromTheCompendium() {
        profile().when(new RequestMeasure(OPERATION, "r-1", "99Z", null, MEMBER, null), commander(MEMBER))
                .expectException(violates("measures-come-from-the-compendium")).expectNoEvents();
    }

    @Test
    void aRequiredParameterMustBeGiven() {
        profile().when(new RequestMeasure(OPERATION, "r-1", "19C", null, MEMBER, null), commander(MEMBER))
                .expectException(violates("the-parameter-must-fit-the-measure")).expectNoEvents();
    }

    @Test
    void aMeasureWithoutParameterTakesNone() {
        profile().when(new RequestMeasure(OPERATION, "r-1", "13A", "somewhere", MEMBER, null), commander(MEMBER))
                .expectException(violates("the-parameter-must-fit-the-measure")).expectNoEvents();
    }

    @Test
    void aParameterHasTheFormTheMeasureAsksFor() {
        profile().when(new RequestMeasure(OPERATION, "r-1", "12C", "five kilometres", MEMBER, null), commander(MEMBER))
                .expectException(violates("the-parameter-must-fit-the-measure")).expectNoEvents();
    }

    @Test
    void anOptionalParameterMayBeLeftOut() {
        profile().when(new RequestMeasure(OPERATION, "r-1", "18A", null, MEMBER, null), commander(MEMBER))
                .expectEvents(requested("r-1", "18A", null, MEMBER));
    }

    @Test
    void onlyActiveMembersRequestMeasures() {
        profile().when(new RequestMeasure(OPERATION, "r-1", "13A", null, "DNK", null), commander("DNK"))
                .expectException(violates("only-active-members-request-measures")).expectNoEvents();
        profile().when(new RequestMeasure(OPERATION, "r-1", "13A", null, "SWE", null), commander("SWE"))
                .expectException(violates("only-active-members-request-measures")).expectNoEvents();
    }

    @Test
    void anOpenMeasureIsNotRequestedAgainWithTheSameParameter() {
        profile(requested("r-1", "19C", "Tripoli old town", MEMBER))
                .when(new RequestMeasure(OPERATION, "r-2", "19C", "Tripoli old town", LEAD, null), commander(LEAD))
                .expectException(violates("measures-are-requested-once")).expectNoEvents();
    }

    @Test
    void theSameMeasureMayBeRequestedForAnotherZoneOrAfterItsCancellation() {
        profile(requested("r-1", "19C", "Tripoli old town", MEMBER),
                new MeasureCancelled(OPERATION, COALITION, "r-1", "19C", "superseded"))
                .when(new RequestMeasure(OPERATION, "r-2", "19C", "Tripoli old town", MEMBER, null), commander(MEMBER))
                .expectEvents(requested("r-2", "19C", "Tripoli old town", MEMBER));
        profile(requested("r-1", "19C", "Tripoli old town", MEMBER))
                .when(new RequestMeasure(OPERATION, "r-2", "19C", "Misrata port", MEMBER, null), commander(MEMBER))
                .expectEvents(requested("r-2", "19C", "Misrata port", MEMBER));
    }

    // --- authorisation, implementation, cancellation ---

    @Test
    void aRequestedMeasureIsAuthorisedOnANamedAuthority() {
        profile(requested("r-1", "13A", null, MEMBER))
                .when(new AuthoriseMeasure(OPERATION, "r-1"), COUNCIL_DECISION)
                .expectEvents(new MeasureAuthorised(OPERATION, COALITION, "r-1", "13A"));
    }

    @Test
    void onlyRequestedMeasuresAreAuthorised() {
        profile(requested("r-1", "13A", null, MEMBER), new MeasureAuthorised(OPERATION, COALITION, "r-1", "13A"))
                .when(new AuthoriseMeasure(OPERATION, "r-1"), COUNCIL_DECISION)
                .expectException(violates("only-requested-measures-are-authorised")).expectNoEvents();
    }

    @Test
    void anAuthorisedMeasureIsImplemented() {
        profile(requested("r-1", "13A", null, MEMBER), new MeasureAuthorised(OPERATION, COALITION, "r-1", "13A"))
                .when(new ImplementMeasure(OPERATION, "r-1"), commander(LEAD))
                .expectEvents(new MeasureImplemented(OPERATION, COALITION, "r-1", "13A"));
    }

    @Test
    void onlyAuthorisedMeasuresAreImplemented() {
        profile(requested("r-1", "13A", null, MEMBER))
                .when(new ImplementMeasure(OPERATION, "r-1"), commander(LEAD))
                .expectException(violates("only-authorised-measures-are-implemented")).expectNoEvents();
    }

    @Test
    void anImplementedMeasureIsCancelledButOnlyOnce() {
        profile(requested("r-1", "13A", null, MEMBER), new MeasureAuthorised(OPERATION, COALITION, "r-1", "13A"),
                new MeasureImplemented(OPERATION, COALITION, "r-1", "13A"))
                .when(new CancelMeasure(OPERATION, "r-1", "de-escalation"), COUNCIL_DECISION)
                .expectEvents(new MeasureCancelled(OPERATION, COALITION, "r-1", "13A", "de-escalation"));
        profile(requested("r-1", "13A", null, MEMBER),
                new MeasureCancelled(OPERATION, COALITION, "r-1", "13A", "de-escalation"))
                .when(new CancelMeasure(OPERATION, "r-1", "again"), COUNCIL_DECISION)
                .expectException(violates("only-open-measures-are-cancelled")).expectNoEvents();
    }

    @Test
    void aClosedRequestIsNotCancelled() {
        profile(requested("r-1", "13A", null, MEMBER), new MeasureRequestClosed(OPERATION, COALITION, "r-1", "13A",
                MEMBER, RequestClosureCause.MEMBER_WITHDRAWN))
                .when(new CancelMeasure(OPERATION, "r-1", "tidy up"), commander(MEMBER))
                .expectException(violates("only-open-measures-are-cancelled")).expectNoEvents();
    }

    // --- who decides (the web layer checks the role; these rules need the profile's coalition or the request's nation)

    @Test
    void aCommanderRaisesRequestsForHisOwnNationOnly() {
        profile().when(new RequestMeasure(OPERATION, "r-1", "13A", null, MEMBER, null), commander(LEAD))
                .expectException(NotPermitted.class).expectException(refuses("own-nation-only")).expectNoEvents();
        profile().when(new RequestMeasure(OPERATION, "r-1", "13A", null, MEMBER, null), commander(MEMBER))
                .expectEvents(requested("r-1", "13A", null, MEMBER));
    }

    @Test
    void onlyTheCouncilOfTheProfilesCoalitionAuthorises() {
        profile(requested("r-1", "13A", null, MEMBER))
                .when(new AuthoriseMeasure(OPERATION, "r-1"), councilOf("coalition-2")
                        .and(DecisionMetadata.AUTHORITY, "another council's decision"))
                .expectException(NotPermitted.class).expectException(refuses("council-scope")).expectNoEvents();
        profile(requested("r-1", "13A", null, MEMBER))
                .when(new AuthoriseMeasure(OPERATION, "r-1"), commander(MEMBER)
                        .and(DecisionMetadata.AUTHORITY, "my own order"))
                .expectException(refuses("council-scope")).expectNoEvents();
        profile(requested("r-1", "13A", null, MEMBER))
                .when(new AuthoriseMeasure(OPERATION, "r-1"), COUNCIL_DECISION)
                .expectEvents(new MeasureAuthorised(OPERATION, COALITION, "r-1", "13A"));
    }

    @Test
    void onlyTheCouncilOfTheProfilesCoalitionReauthorises() {
        RoeProfileFlaggedForReview flagged = new RoeProfileFlaggedForReview(OPERATION, COALITION, "amendment-1");
        profile(flagged).when(new ReauthoriseProfile(OPERATION), councilOf("coalition-2")
                        .and(DecisionMetadata.AUTHORITY, "another council's decision"))
                .expectException(NotPermitted.class).expectException(refuses("council-scope")).expectNoEvents();
        profile(flagged).when(new ReauthoriseProfile(OPERATION), COUNCIL_DECISION)
                .expectEvents(new RoeProfileReauthorised(OPERATION, COALITION));
    }

    @Test
    void aCommanderWithdrawsHisOwnNationsRequestWhileItAwaitsAuthorisation() {
        MeasureCancelled withdrawn = new MeasureCancelled(OPERATION, COALITION, "r-1", "13A", "no longer needed");
        profile(requested("r-1", "13A", null, MEMBER))
                .when(new CancelMeasure(OPERATION, "r-1", "no longer needed"), commander(LEAD))
                .expectException(NotPermitted.class).expectException(refuses("own-nation-only")).expectNoEvents();
        profile(requested("r-1", "13A", null, MEMBER))
                .when(new CancelMeasure(OPERATION, "r-1", "no longer needed"), commander(MEMBER))
                .expectEvents(withdrawn);
        profile(requested("r-1", "13A", null, MEMBER))
                .when(new CancelMeasure(OPERATION, "r-1", "no longer needed"), councilOf("coalition-2"))
                .expectException(refuses("council-scope")).expectNoEvents();
        profile(requested("r-1", "13A", null, MEMBER))
                .when(new CancelMeasure(OPERATION, "r-1", "no longer needed"), COUNCIL_DECISION)
                .expectEvents(withdrawn);
    }

    @Test
    void onceAuthorisedOnlyTheCouncilCancelsAMeasure() {
        MeasureCancelled cancelled = new MeasureCancelled(OPERATION, COALITION, "r-1", "13A", "de-escalation");
        profile(requested("r-1", "13A", null, MEMBER), new MeasureAuthorised(OPERATION, COALITION, "r-1", "13A"))
                .when(new CancelMeasure(OPERATION, "r-1", "de-escalation"), commander(MEMBER))
                .expectException(NotPermitted.class).expectException(refuses("council-scope")).expectNoEvents();
        profile(requested("r-1", "13A", null, MEMBER), new MeasureAuthorised(OPERATION, COALITION, "r-1", "13A"),
                new MeasureImplemented(OPERATION, COALITION, "r-1", "13A"))
                .when(new CancelMeasure(OPERATION, "r-1", "de-escalation"), councilOf("coalition-2"))
                .expectException(refuses("council-scope")).expectNoEvents();
        profile(requested("r-1", "13A", null, MEMBER), new MeasureAuthorised(OPERATION, COALITION, "r-1", "13A"))
                .when(new CancelMeasure(OPERATION, "r-1", "de-escalation"), COUNCIL_DECISION)
                .expectEvents(cancelled);
    }

    // --- command scope: a commander acts for the coalitions his token names (403 command-scope otherwise), before
    //     any other rule, so that a commander of another coalition learns nothing from a 409

    @Test
    void onlyACommanderServingTheOperationsCoalitionEstablishesItsProfile() {
        fixture.givenNoPriorActivity().when(new EstablishProfile(OPERATION), commanderOf(LEAD, ELSEWHERE))
                .expectException(NotPermitted.class).expectException(refuses("command-scope")).expectNoEvents();
        fixture.givenNoPriorActivity().when(new EstablishProfile(OPERATION), commanderOf(LEAD))
                .expectException(refuses("command-scope")).expectNoEvents();
        fixture.givenNoPriorActivity().when(new EstablishProfile(OPERATION), councilOf(COALITION))
                .expectException(refuses("command-scope")).expectNoEvents();
        fixture.givenNoPriorActivity().when(new EstablishProfile(OPERATION), commanderOf(LEAD, ELSEWHERE, COALITION))
                .expectEvents(new RoeProfileEstablished(OPERATION, COALITION, null));
    }

    @Test
    void theCommandScopeComesBeforeTheRulesOfEstablishment() {
        profile().when(new EstablishProfile(OPERATION), commanderOf(LEAD, ELSEWHERE))
                .expectException(refuses("command-scope")).expectNoEvents();
        operations.with(new KnownOperation(OPERATION, COALITION, "Unified Protector", true));
        fixture.givenNoPriorActivity().when(new EstablishProfile(OPERATION), commanderOf(LEAD, ELSEWHERE))
                .expectException(refuses("command-scope")).expectNoEvents();
        roster.coalition(COALITION, "exercise-7");
        fixture.givenNoPriorActivity().when(new EstablishProfile(OPERATION), commanderOf(LEAD, ELSEWHERE)
                        .and(DecisionMetadata.EXERCISE_ID, "exercise-8"))
                .expectException(refuses("command-scope")).expectNoEvents();
    }

    @Test
    void anOperationUnknownHereIsStillUnknownWhoeverAsks() {
        fixture.givenNoPriorActivity().when(new EstablishProfile("op-unknown"), commanderOf(LEAD, ELSEWHERE))
                .expectException(violates("the-operation-must-be-known")).expectNoEvents();
    }

    @Test
    void onlyACommanderServingTheProfilesCoalitionRaisesRequests() {
        profile().when(new RequestMeasure(OPERATION, "r-1", "13A", null, MEMBER, null), commanderOf(MEMBER, ELSEWHERE))
                .expectException(NotPermitted.class).expectException(refuses("command-scope")).expectNoEvents();
        profile().when(new RequestMeasure(OPERATION, "r-1", "13A", null, MEMBER, null), commanderOf(MEMBER))
                .expectException(refuses("command-scope")).expectNoEvents();
        // the scope before the nation, and before the domain's rules
        profile().when(new RequestMeasure(OPERATION, "r-1", "13A", null, MEMBER, null), commanderOf(LEAD, ELSEWHERE))
                .expectException(refuses("command-scope")).expectNoEvents();
        profile().when(new RequestMeasure(OPERATION, "r-1", "99Z", null, MEMBER, null), commanderOf(MEMBER, ELSEWHERE))
                .expectException(refuses("command-scope")).expectNoEvents();
        profile().when(new RequestMeasure(OPERATION, "r-1", "13A", null, "SWE", null), commanderOf("SWE", ELSEWHERE))
                .expectException(refuses("command-scope")).expectNoEvents();
        profile().when(new RequestMeasure(OPERATION, "r-1", "13A", null, MEMBER, null),
                        commanderOf(MEMBER, ELSEWHERE, COALITION))
                .expectEvents(requested("r-1", "13A", null, MEMBER));
    }

    @Test
    void onlyACommanderServingTheProfilesCoalitionImplements() {
        MeasureAuthorised authorised = new MeasureAuthorised(OPERATION, COALITION, "r-1", "13A");
        profile(requested("r-1", "13A", null, MEMBER), authorised)
                .when(new ImplementMeasure(OPERATION, "r-1"), commanderOf(MEMBER, ELSEWHERE))
                .expectException(NotPermitted.class).expectException(refuses("command-scope")).expectNoEvents();
        profile(requested("r-1", "13A", null, MEMBER), authorised)
                .when(new ImplementMeasure(OPERATION, "r-1"), councilOf(COALITION))
                .expectException(refuses("command-scope")).expectNoEvents();
        profile(requested("r-1", "13A", null, MEMBER))
                .when(new ImplementMeasure(OPERATION, "r-1"), commanderOf(MEMBER, ELSEWHERE))
                .expectException(refuses("command-scope")).expectNoEvents();
        profile(requested("r-1", "13A", null, MEMBER), authorised)
                .when(new ImplementMeasure(OPERATION, "r-1"), commanderOf(MEMBER, ELSEWHERE, COALITION))
                .expectEvents(new MeasureImplemented(OPERATION, COALITION, "r-1", "13A"));
    }

    @Test
    void onlyACommanderServingTheProfilesCoalitionWithdrawsHisNationsRequest() {
        profile(requested("r-1", "13A", null, MEMBER))
                .when(new CancelMeasure(OPERATION, "r-1", "no longer needed"), commanderOf(MEMBER, ELSEWHERE))
                .expectException(NotPermitted.class).expectException(refuses("command-scope")).expectNoEvents();
        profile(requested("r-1", "13A", null, MEMBER))
                .when(new CancelMeasure(OPERATION, "r-1", "no longer needed"), commanderOf(LEAD, ELSEWHERE))
                .expectException(refuses("command-scope")).expectNoEvents();
        profile(requested("r-1", "13A", null, MEMBER), new MeasureCancelled(OPERATION, COALITION, "r-1", "13A", "x"))
                .when(new CancelMeasure(OPERATION, "r-1", "again"), commanderOf(MEMBER, ELSEWHERE))
                .expectException(refuses("command-scope")).expectNoEvents();
        profile(requested("r-1", "13A", null, MEMBER))
                .when(new CancelMeasure(OPERATION, "r-1", "no longer needed"),
                        commanderOf(MEMBER, ELSEWHERE, COALITION))
                .expectEvents(new MeasureCancelled(OPERATION, COALITION, "r-1", "13A", "no longer needed"));
        // a council seat of the coalition is enough, whatever the command role serves
        profile(requested("r-1", "13A", null, MEMBER))
                .when(new CancelMeasure(OPERATION, "r-1", "no longer needed"), commanderOf(LEAD, ELSEWHERE)
                        .and(DecisionMetadata.ACTOR_ROLES, "commander,coalition-authority")
                        .and(DecisionMetadata.ACTOR_COALITIONS, ELSEWHERE + "," + COALITION))
                .expectEvents(new MeasureCancelled(OPERATION, COALITION, "r-1", "13A", "no longer needed"));
    }

    @Test
    void theServicesOwnReactionsPassTheCommandScope() {
        MetaData reaction = MetaData.with(DecisionMetadata.ACTOR, "service:rules-of-engagement")
                .and(DecisionMetadata.ACTOR_ROLES, "system");
        fixture.givenNoPriorActivity().when(new EstablishProfile(OPERATION), reaction)
                .expectEvents(new RoeProfileEstablished(OPERATION, COALITION, null));
        profile().when(new RequestMeasure(OPERATION, "r-1", "13A", null, MEMBER, null), reaction)
                .expectEvents(requested("r-1", "13A", null, MEMBER));
        profile(requested("r-1", "13A", null, MEMBER), new MeasureAuthorised(OPERATION, COALITION, "r-1", "13A"))
                .when(new ImplementMeasure(OPERATION, "r-1"), reaction)
                .expectEvents(new MeasureImplemented(OPERATION, COALITION, "r-1", "13A"));
        profile(requested("r-1", "13A", null, MEMBER))
                .when(new CancelMeasure(OPERATION, "r-1", "member left"), reaction)
                .expectEvents(new MeasureCancelled(OPERATION, COALITION, "r-1", "13A", "member left"));
    }

    // --- cascades from other services ---

    @Test
    void aNationLeavingClosesOnlyItsRequestsAwaitingAuthorisation() {
        profile(requested("r-1", "13A", null, MEMBER), requested("r-2", "14A", null, MEMBER),
                new MeasureAuthorised(OPERATION, COALITION, "r-2", "14A"), requested("r-3", "12A", null, LEAD),
                requested("r-4", "17A", null, MEMBER))
                .when(new CloseMeasureRequests(OPERATION, MEMBER, RequestClosureCause.MEMBER_WITHDRAWN))
                .expectEvents(
                        new MeasureRequestClosed(OPERATION, COALITION, "r-1", "13A", MEMBER,
                                RequestClosureCause.MEMBER_WITHDRAWN),
                        new MeasureRequestClosed(OPERATION, COALITION, "r-4", "17A", MEMBER,
                                RequestClosureCause.MEMBER_WITHDRAWN));
    }

    @Test
    void closingRequestsWhenNoneIsLeftRecordsNothing() {
        profile(requested("r-1", "13A", null, MEMBER), new MeasureRequestClosed(OPERATION, COALITION, "r-1", "13A",
                MEMBER, RequestClosureCause.MEMBER_SUSPENDED))
                .when(new CloseMeasureRequests(OPERATION, MEMBER, RequestClosureCause.MEMBER_WITHDRAWN))
                .expectSuccessfulHandlerExecution().expectNoEvents();
    }

    @Test
    void aMandateExpansionFlagsTheProfileOncePerAmendment() {
        profile().when(new FlagProfileForReview(OPERATION, "amendment-1"))
                .expectEvents(new RoeProfileFlaggedForReview(OPERATION, COALITION, "amendment-1"));
        profile(new RoeProfileFlaggedForReview(OPERATION, COALITION, "amendment-1"))
                .when(new FlagProfileForReview(OPERATION, "amendment-1"))
                .expectSuccessfulHandlerExecution().expectNoEvents();
    }

    @Test
    void aFlaggedProfileIsReauthorisedOnANamedAuthority() {
        profile(new RoeProfileFlaggedForReview(OPERATION, COALITION, "amendment-1"))
                .when(new ReauthoriseProfile(OPERATION), COUNCIL_DECISION)
                .expectEvents(new RoeProfileReauthorised(OPERATION, COALITION));
    }

    @Test
    void onlyFlaggedProfilesAreReauthorised() {
        profile(new RoeProfileFlaggedForReview(OPERATION, COALITION, "amendment-1"),
                new RoeProfileReauthorised(OPERATION, COALITION))
                .when(new ReauthoriseProfile(OPERATION), COUNCIL_DECISION)
                .expectException(violates("only-flagged-profiles-are-reauthorised")).expectNoEvents();
    }

    @Test
    void theOperationsEndClosesTheProfileOnce() {
        profile().when(new CloseProfile(OPERATION, ProfileClosureCause.OPERATION_CLOSED))
                .expectEvents(new RoeProfileClosed(OPERATION, COALITION, ProfileClosureCause.OPERATION_CLOSED));
        profile(new RoeProfileClosed(OPERATION, COALITION, ProfileClosureCause.OPERATION_CLOSED))
                .when(new CloseProfile(OPERATION, ProfileClosureCause.COALITION_DISSOLVED))
                .expectSuccessfulHandlerExecution().expectNoEvents();
    }

    @Test
    void aClosedProfileIsClosedToDecisionsButCascadesRecordNothing() {
        RoeProfileClosed closed = new RoeProfileClosed(OPERATION, COALITION, ProfileClosureCause.OPERATION_CLOSED);
        profile(requested("r-1", "13A", null, MEMBER), closed)
                .when(new AuthoriseMeasure(OPERATION, "r-1"), COUNCIL_DECISION)
                .expectException(violates("closed-profiles-are-closed")).expectNoEvents();
        profile(closed).when(new RequestMeasure(OPERATION, "r-2", "13A", null, MEMBER, null))
                .expectException(violates("closed-profiles-are-closed")).expectNoEvents();
        profile(requested("r-1", "13A", null, MEMBER), closed)
                .when(new CloseMeasureRequests(OPERATION, MEMBER, RequestClosureCause.MEMBER_WITHDRAWN))
                .expectSuccessfulHandlerExecution().expectNoEvents();
        profile(closed).when(new FlagProfileForReview(OPERATION, "amendment-2"))
                .expectSuccessfulHandlerExecution().expectNoEvents();
    }
}
