package org.entente.basing.agreement;

import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.TestExecutor;
import org.entente.basing.BasingFixtures;
import org.entente.basing.theatre.Activity;
import org.entente.platform.decision.DecisionMetadata;
import org.entente.platform.decision.DecisionOfConsequence;
import org.entente.platform.decision.Roles;
import org.entente.platform.roster.FixedCoalitionRoster;
import org.entente.platform.roster.Standing;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.entente.testing.AggregateFixtures;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.basing.BasingFixtures.COALITION;
import static org.entente.basing.BasingFixtures.DISSOLVED_COALITION;
import static org.entente.basing.BasingFixtures.EXERCISE;
import static org.entente.basing.BasingFixtures.LEAD;
import static org.entente.basing.BasingFixtures.MEMBER;
import static org.entente.basing.BasingFixtures.OUTSIDER;
import static org.entente.basing.BasingFixtures.PARTNER;
import static org.entente.basing.BasingFixtures.SUSPENDED;
import static org.entente.basing.BasingFixtures.WITHDRAWN;
import static org.entente.basing.BasingFixtures.by;
import static org.entente.basing.BasingFixtures.commanderOf;
import static org.entente.basing.BasingFixtures.councilOf;
import static org.entente.basing.BasingFixtures.decidedAt;
import static org.entente.basing.BasingFixtures.fixture;
import static org.entente.basing.BasingFixtures.inExercise;
import static org.entente.basing.BasingFixtures.plannerOf;
import static org.entente.basing.BasingFixtures.withRole;
import static org.entente.basing.theatre.Activity.ISR;
import static org.entente.basing.theatre.Activity.LOGISTICS;
import static org.entente.basing.theatre.Activity.STRIKE;
import static org.entente.testing.AggregateFixtures.refuses;
import static org.entente.testing.AggregateFixtures.violates;

/** Requesting a base, and every step of its life cycle with the rules that refuse the others. */
class BasingAgreementTest {

    private static final String ID = "agreement-1";
    private static final String SITE = "Aviano Air Base";
    private static final Instant FROM = Instant.parse("2011-03-20T00:00:00Z");
    private static final Instant UNTIL = Instant.parse("2011-09-27T00:00:00Z");
    private static final List<Activity> ALL = List.of(LOGISTICS, ISR, STRIKE);

    private AggregateTestFixture<BasingAgreement> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture(BasingAgreement.class);
        fixture.givenCurrentTime(FROM); // recorded while the agreement runs
    }

    private static RequestBasingAgreement request(String host, List<Activity> activities) {
        return new RequestBasingAgreement(ID, COALITION, host, SITE, activities, 1200, 24, FROM, UNTIL);
    }

    private static BasingAgreementRequested requested(String host) {
        return new BasingAgreementRequested(ID, COALITION, host, SITE, AgreementStatus.REQUESTED, ALL, UNTIL, FROM,
                1200, 24, HostStanding.ACTIVE_MEMBER, null);
    }

    private static BasingAgreementAdvanced advanced(AgreementStage stage) {
        return new BasingAgreementAdvanced(ID, COALITION, MEMBER, SITE, stage.status(), ALL, UNTIL, FROM, stage);
    }

    /** The status an agreement has while {@code stage} is signed: the one before it. */
    private static AgreementStatus before(AgreementStage stage) {
        return switch (stage) {
            case MOU_SIGNED -> AgreementStatus.REQUESTED;
            case TECHNICAL_ARRANGEMENT_SIGNED -> AgreementStatus.MOU_SIGNED;
            case IN_FORCE -> AgreementStatus.TECHNICAL_ARRANGEMENT_SIGNED;
        };
    }

    private static BasingAgreementStageSigned signed(AgreementStage stage, SigningParty party) {
        return new BasingAgreementStageSigned(ID, COALITION, MEMBER, SITE, before(stage), ALL, UNTIL, FROM, stage,
                party);
    }

    /** The first signature of {@code stage}, for {@code party}, as the store holds it: with its signatory. */
    private static GenericEventMessage<Object> signedBy(AgreementStage stage, SigningParty party,
                                                        Map<String, Object> signatory) {
        return new GenericEventMessage<>(signed(stage, party), MetaData.from(signatory));
    }

    /** The Italian host's planner and a council member of the coalition (of the USA): the two signatories. */
    private static final Map<String, Object> HOST = plannerOf(MEMBER);
    private static final Map<String, Object> COUNCIL = councilOf(LEAD, COALITION);

    /** m.rossi, an Italian planner who also sits on the coalition's council: either signatory, not both. */
    private static Map<String, Object> hostPlannerOnTheCouncil() {
        Map<String, Object> metaData = new HashMap<>(councilOf(MEMBER, COALITION));
        metaData.put(DecisionMetadata.ACTOR, "m.rossi");
        metaData.put(DecisionMetadata.ACTOR_ROLES, Roles.PLANNER + "," + Roles.COALITION_AUTHORITY);
        return metaData;
    }

    private static BasingAgreementSuspended suspended(SuspensionCause cause) {
        return new BasingAgreementSuspended(ID, COALITION, MEMBER, SITE, AgreementStatus.SUSPENDED, ALL, UNTIL, FROM,
                cause, null);
    }

    private TestExecutor<BasingAgreement> requested() {
        return fixture.given(requested(MEMBER));
    }

    private TestExecutor<BasingAgreement> inForce() {
        return fixture.given(inForceEvents());
    }

    /** Each stage signed by the host first, then by the council, which makes it take effect. */
    private static List<Object> inForceEvents() {
        return List.of(requested(MEMBER),
                signedBy(AgreementStage.MOU_SIGNED, SigningParty.HOST_NATION, HOST),
                advanced(AgreementStage.MOU_SIGNED),
                signedBy(AgreementStage.TECHNICAL_ARRANGEMENT_SIGNED, SigningParty.HOST_NATION, HOST),
                advanced(AgreementStage.TECHNICAL_ARRANGEMENT_SIGNED),
                signedBy(AgreementStage.IN_FORCE, SigningParty.HOST_NATION, HOST),
                advanced(AgreementStage.IN_FORCE));
    }

    private TestExecutor<BasingAgreement> inForceThen(Object... more) {
        return inForce().andGiven(List.of(more));
    }

    // --- the request ---

    @Test
    void aMemberHostIsAskedForABase() {
        fixture.givenNoPriorActivity()
                .when(request(MEMBER, List.of(STRIKE, LOGISTICS, ISR, LOGISTICS)))
                .expectEvents(new BasingAgreementRequested(ID, COALITION, MEMBER, SITE, AgreementStatus.REQUESTED,
                        List.of(LOGISTICS, ISR, STRIKE), UNTIL, FROM, 1200, 24, HostStanding.ACTIVE_MEMBER, null));
    }

    @Test
    void aPartnerHostIsAskedForABaseAndItsRoleIsShown() {
        fixture.givenNoPriorActivity()
                .when(request(PARTNER, List.of(LOGISTICS)))
                .expectEvents(new BasingAgreementRequested(ID, COALITION, PARTNER, SITE, AgreementStatus.REQUESTED,
                        List.of(LOGISTICS), UNTIL, FROM, 1200, 24, HostStanding.PARTNER, "HOST_NATION"));
    }

    @Test
    void aSuspendedMemberDoesNotHost() {
        fixture.givenNoPriorActivity().when(request(SUSPENDED, ALL))
                .expectException(violates("hosts-are-members-or-partners")).expectNoEvents();
    }

    @Test
    void aWithdrawnMemberDoesNotHost() {
        fixture.givenNoPriorActivity().when(request(WITHDRAWN, ALL))
                .expectException(violates("hosts-are-members-or-partners")).expectNoEvents();
    }

    @Test
    void aStateNeitherMemberNorPartnerDoesNotHost() {
        fixture.givenNoPriorActivity().when(request(OUTSIDER, ALL))
                .expectException(violates("hosts-are-members-or-partners")).expectNoEvents();
    }

    @Test
    void aFormerPartnerDoesNotHost() {
        fixture = fixture(BasingAgreement.class, new FixedCoalitionRoster().coalition("c-2", null)
                .member("c-2", "TUN", Standing.FORMER_PARTNER));
        fixture.givenNoPriorActivity()
                .when(new RequestBasingAgreement(ID, "c-2", "TUN", SITE, ALL, 10, 0, FROM, UNTIL))
                .expectException(violates("hosts-are-members-or-partners")).expectNoEvents();
    }

    @Test
    void anUnknownCoalitionHasNoBases() {
        fixture.givenNoPriorActivity()
                .when(new RequestBasingAgreement(ID, "no-such-coalition", MEMBER, SITE, ALL, 1, 1, FROM, UNTIL))
                .expectException(violates("the-coalition-must-be-known")).expectNoEvents();
    }

    @Test
    void aDissolvedCoalitionAsksForNoBase() {
        fixture.givenNoPriorActivity()
                .when(new RequestBasingAgreement(ID, DISSOLVED_COALITION, MEMBER, SITE, ALL, 1, 1, FROM, UNTIL))
                .expectException(violates("dissolved-coalitions-are-closed")).expectNoEvents();
    }

    @Test
    void anExerciseCoalitionTakesRequestsOfItsExerciseOnly() {
        fixture = fixture(BasingAgreement.class, new FixedCoalitionRoster().coalition("c-x", EXERCISE)
                .member("c-x", MEMBER, Standing.ACTIVE_MEMBER));
        RequestBasingAgreement request = new RequestBasingAgreement(ID, "c-x", MEMBER, SITE, ALL, 1, 1, FROM, UNTIL);
        fixture.givenNoPriorActivity().when(request)
                .expectException(violates("commands-stay-in-their-exercise")).expectNoEvents();
        fixture.givenNoPriorActivity().when(request, decidedAt(null, "exercise-other"))
                .expectException(violates("commands-stay-in-their-exercise")).expectNoEvents();
        fixture.givenNoPriorActivity().when(request, decidedAt(null, EXERCISE))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new BasingAgreementRequested(ID, "c-x", MEMBER, SITE, AgreementStatus.REQUESTED, ALL,
                        UNTIL, FROM, 1, 1, HostStanding.ACTIVE_MEMBER, null));
    }

    @Test
    void anExerciseAgreementRefusesCommandsOfOtherExercises() {
        fixture.given(inExercise(requested(MEMBER), EXERCISE))
                .when(new AdvanceBasingAgreement(ID, AgreementStage.MOU_SIGNED), HOST)
                .expectException(violates("commands-stay-in-their-exercise")).expectNoEvents();
        fixture.given(inExercise(requested(MEMBER), EXERCISE))
                .when(new AdvanceBasingAgreement(ID, AgreementStage.MOU_SIGNED), by(HOST, decidedAt(null, EXERCISE)))
                .expectEvents(signed(AgreementStage.MOU_SIGNED, SigningParty.HOST_NATION));
    }

    // --- negotiation ---

    @Test
    void theStagesFollowInOrderEachTakingEffectWithTheSecondSignature() {
        requested().when(new AdvanceBasingAgreement(ID, AgreementStage.MOU_SIGNED), HOST)
                .expectEvents(signed(AgreementStage.MOU_SIGNED, SigningParty.HOST_NATION));
        requested().andGiven(signedBy(AgreementStage.MOU_SIGNED, SigningParty.HOST_NATION, HOST))
                .when(new AdvanceBasingAgreement(ID, AgreementStage.MOU_SIGNED), COUNCIL)
                .expectEvents(advanced(AgreementStage.MOU_SIGNED));
        requested().andGiven(advanced(AgreementStage.MOU_SIGNED))
                .when(new AdvanceBasingAgreement(ID, AgreementStage.TECHNICAL_ARRANGEMENT_SIGNED), COUNCIL)
                .expectEvents(signed(AgreementStage.TECHNICAL_ARRANGEMENT_SIGNED, SigningParty.COALITION));
        requested().andGiven(advanced(AgreementStage.MOU_SIGNED),
                        signedBy(AgreementStage.TECHNICAL_ARRANGEMENT_SIGNED, SigningParty.COALITION, COUNCIL))
                .when(new AdvanceBasingAgreement(ID, AgreementStage.TECHNICAL_ARRANGEMENT_SIGNED), HOST)
                .expectEvents(advanced(AgreementStage.TECHNICAL_ARRANGEMENT_SIGNED));
        requested().andGiven(advanced(AgreementStage.MOU_SIGNED), advanced(AgreementStage.TECHNICAL_ARRANGEMENT_SIGNED),
                        signedBy(AgreementStage.IN_FORCE, SigningParty.HOST_NATION, HOST))
                .when(new AdvanceBasingAgreement(ID, AgreementStage.IN_FORCE), COUNCIL)
                .expectEvents(advanced(AgreementStage.IN_FORCE));
    }

    @Test
    void aSignatureOfAnEarlierStageDoesNotCountForTheNext() {
        // the host signed the memorandum (first) and the council made it take effect: the arrangement needs both again
        requested().andGiven(signedBy(AgreementStage.MOU_SIGNED, SigningParty.HOST_NATION, HOST),
                        advanced(AgreementStage.MOU_SIGNED))
                .when(new AdvanceBasingAgreement(ID, AgreementStage.TECHNICAL_ARRANGEMENT_SIGNED), COUNCIL)
                .expectEvents(signed(AgreementStage.TECHNICAL_ARRANGEMENT_SIGNED, SigningParty.COALITION));
    }

    @Test
    void aSuspensionVoidsASignaturePendingAndBothSignAgainAfterTheReinstatement() {
        requested().andGiven(signedBy(AgreementStage.MOU_SIGNED, SigningParty.HOST_NATION, HOST),
                        suspended(SuspensionCause.MEMBER_SUSPENDED),
                        new BasingAgreementReinstated(ID, COALITION, MEMBER, SITE, AgreementStatus.REQUESTED, ALL,
                                UNTIL, FROM))
                .when(new AdvanceBasingAgreement(ID, AgreementStage.MOU_SIGNED), COUNCIL)
                .expectEvents(signed(AgreementStage.MOU_SIGNED, SigningParty.COALITION));
    }

    @Test
    void eachPartySignsAStageOnce() {
        requested().andGiven(signedBy(AgreementStage.MOU_SIGNED, SigningParty.HOST_NATION, HOST))
                .when(new AdvanceBasingAgreement(ID, AgreementStage.MOU_SIGNED), HOST)
                .expectException(violates("each-party-signs-once")).expectNoEvents();
        // another planner of the host nation is still the host nation
        Map<String, Object> anotherItalianPlanner = new HashMap<>(HOST);
        anotherItalianPlanner.put(DecisionMetadata.ACTOR, "g.verdi");
        requested().andGiven(signedBy(AgreementStage.MOU_SIGNED, SigningParty.HOST_NATION, HOST))
                .when(new AdvanceBasingAgreement(ID, AgreementStage.MOU_SIGNED), anotherItalianPlanner)
                .expectException(violates("each-party-signs-once")).expectNoEvents();
        // and another council member still the coalition
        requested().andGiven(signedBy(AgreementStage.MOU_SIGNED, SigningParty.COALITION, COUNCIL))
                .when(new AdvanceBasingAgreement(ID, AgreementStage.MOU_SIGNED), councilOf(MEMBER, COALITION))
                .expectException(violates("each-party-signs-once")).expectNoEvents();
    }

    @Test
    void oneActorWhoIsBothHostPlannerAndCouncilSignsForOnePartyOnly() {
        AdvanceBasingAgreement mou = new AdvanceBasingAgreement(ID, AgreementStage.MOU_SIGNED);
        requested().when(mou, hostPlannerOnTheCouncil())
                .expectEvents(signed(AgreementStage.MOU_SIGNED, SigningParty.HOST_NATION));
        requested().andGiven(signedBy(AgreementStage.MOU_SIGNED, SigningParty.HOST_NATION, hostPlannerOnTheCouncil()))
                .when(mou, hostPlannerOnTheCouncil())
                .expectException(violates("two-signatories-sign")).expectNoEvents();
        requested().andGiven(signedBy(AgreementStage.MOU_SIGNED, SigningParty.COALITION, hostPlannerOnTheCouncil()))
                .when(mou, hostPlannerOnTheCouncil())
                .expectException(violates("two-signatories-sign")).expectNoEvents();
        // for the party that has not signed yet, after another signatory
        requested().andGiven(signedBy(AgreementStage.MOU_SIGNED, SigningParty.HOST_NATION, HOST))
                .when(mou, hostPlannerOnTheCouncil()).expectEvents(advanced(AgreementStage.MOU_SIGNED));
        requested().andGiven(signedBy(AgreementStage.MOU_SIGNED, SigningParty.COALITION, COUNCIL))
                .when(mou, hostPlannerOnTheCouncil()).expectEvents(advanced(AgreementStage.MOU_SIGNED));
    }

    @Test
    void noStageIsSkipped() {
        requested().when(new AdvanceBasingAgreement(ID, AgreementStage.IN_FORCE), HOST)
                .expectException(violates("stages-follow-in-order")).expectNoEvents();
        requested().when(new AdvanceBasingAgreement(ID, AgreementStage.TECHNICAL_ARRANGEMENT_SIGNED), COUNCIL)
                .expectException(violates("stages-follow-in-order")).expectNoEvents();
        // a signature pending for the memorandum does not let the arrangement be signed
        requested().andGiven(signedBy(AgreementStage.MOU_SIGNED, SigningParty.HOST_NATION, HOST))
                .when(new AdvanceBasingAgreement(ID, AgreementStage.TECHNICAL_ARRANGEMENT_SIGNED), COUNCIL)
                .expectException(violates("stages-follow-in-order")).expectNoEvents();
    }

    @Test
    void noStageIsSignedAfterItTookEffect() {
        requested().andGiven(advanced(AgreementStage.MOU_SIGNED))
                .when(new AdvanceBasingAgreement(ID, AgreementStage.MOU_SIGNED), HOST)
                .expectException(violates("stages-follow-in-order")).expectNoEvents();
        inForce().when(new AdvanceBasingAgreement(ID, AgreementStage.IN_FORCE), COUNCIL)
                .expectException(violates("stages-follow-in-order")).expectNoEvents();
    }

    // --- restriction ---

    @Test
    void anAgreementInForceIsRestrictedToFewerActivities() {
        inForce().when(new RestrictBasingAgreement(ID, List.of(ISR, LOGISTICS), "no strikes from our soil"))
                .expectEvents(new BasingAgreementRestricted(ID, COALITION, MEMBER, SITE, AgreementStatus.IN_FORCE,
                        List.of(LOGISTICS, ISR), UNTIL, FROM, List.of(STRIKE), "no strikes from our soil"));
    }

    @Test
    void aRestrictionAddsNoActivity() {
        inForce().when(new RestrictBasingAgreement(ID, List.of(LOGISTICS, Activity.TRAINING), null))
                .expectException(violates("a-restriction-only-removes-activities")).expectNoEvents();
    }

    @Test
    void aRestrictionRemovesSomething() {
        inForce().when(new RestrictBasingAgreement(ID, List.of(STRIKE, ISR, LOGISTICS), null))
                .expectException(violates("a-restriction-removes-activities")).expectNoEvents();
    }

    @Test
    void onlyAnAgreementInForceIsRestricted() {
        requested().when(new RestrictBasingAgreement(ID, List.of(LOGISTICS), null))
                .expectException(violates("only-agreements-in-force-are-restricted")).expectNoEvents();
        inForceThen(suspended(SuspensionCause.DECISION)).when(new RestrictBasingAgreement(ID, List.of(LOGISTICS), null))
                .expectException(violates("only-agreements-in-force-are-restricted")).expectNoEvents();
    }

    // --- suspension and reinstatement ---

    @Test
    void anAgreementInForceIsSuspended() {
        inForce().when(new SuspendBasingAgreement(ID, SuspensionCause.DECISION, "host parliament review"))
                .expectEvents(new BasingAgreementSuspended(ID, COALITION, MEMBER, SITE, AgreementStatus.SUSPENDED, ALL,
                        UNTIL, FROM, SuspensionCause.DECISION, "host parliament review"));
    }

    @Test
    void anAgreementStillInNegotiationIsSuspendedWhenItsHostLeaves() {
        requested().when(new SuspendBasingAgreement(ID, SuspensionCause.MEMBER_WITHDRAWN, null))
                .expectEvents(new BasingAgreementSuspended(ID, COALITION, MEMBER, SITE, AgreementStatus.SUSPENDED, ALL,
                        UNTIL, FROM, SuspensionCause.MEMBER_WITHDRAWN, null));
    }

    @Test
    void aSuspendedAgreementIsNotSuspendedAgainByDecision() {
        inForceThen(suspended(SuspensionCause.DECISION))
                .when(new SuspendBasingAgreement(ID, SuspensionCause.DECISION, null))
                .expectException(violates("only-open-agreements-are-suspended")).expectNoEvents();
    }

    @Test
    void aCascadeOnAnAgreementAlreadySuspendedOrEndedRecordsNothing() {
        inForceThen(suspended(SuspensionCause.MEMBER_SUSPENDED))
                .when(new SuspendBasingAgreement(ID, SuspensionCause.MEMBER_WITHDRAWN, null))
                .expectSuccessfulHandlerExecution().expectNoEvents();
        inForceThen(new BasingAgreementRevoked(ID, COALITION, MEMBER, SITE, AgreementStatus.REVOKED, ALL, UNTIL, FROM,
                null))
                .when(new SuspendBasingAgreement(ID, SuspensionCause.MEMBER_SUSPENDED, null))
                .expectSuccessfulHandlerExecution().expectNoEvents();
    }

    @Test
    void aReinstatementReturnsToTheStatusBeforeTheSuspension() {
        requested().andGiven(advanced(AgreementStage.MOU_SIGNED), suspended(SuspensionCause.DECISION))
                .when(new ReinstateBasingAgreement(ID))
                .expectEvents(new BasingAgreementReinstated(ID, COALITION, MEMBER, SITE, AgreementStatus.MOU_SIGNED,
                        ALL, UNTIL, FROM));
        inForceThen(suspended(SuspensionCause.DECISION)).when(new ReinstateBasingAgreement(ID))
                .expectEvents(new BasingAgreementReinstated(ID, COALITION, MEMBER, SITE, AgreementStatus.IN_FORCE,
                        ALL, UNTIL, FROM));
    }

    @Test
    void onlyASuspendedAgreementIsReinstated() {
        inForce().when(new ReinstateBasingAgreement(ID))
                .expectException(violates("only-suspended-agreements-are-reinstated")).expectNoEvents();
    }

    @Test
    void anAgreementStaysSuspendedWhileItsHostIsOutOfTheCoalition() {
        BasingAgreementRequested hostedByGreece = new BasingAgreementRequested(ID, COALITION, SUSPENDED, SITE,
                AgreementStatus.REQUESTED, ALL, UNTIL, FROM, 1200, 24, HostStanding.ACTIVE_MEMBER, null);
        fixture.given(hostedByGreece, new BasingAgreementSuspended(ID, COALITION, SUSPENDED, SITE,
                        AgreementStatus.SUSPENDED, ALL, UNTIL, FROM, SuspensionCause.MEMBER_SUSPENDED, null))
                .when(new ReinstateBasingAgreement(ID))
                .expectException(violates("a-reinstated-host-stands-in-the-coalition")).expectNoEvents();
    }

    // --- renewal and expiry ---

    @Test
    void aRenewalMovesTheEndLater() {
        Instant later = Instant.parse("2012-03-27T00:00:00Z");
        inForce().when(new RenewBasingAgreement(ID, later))
                .expectEvents(new BasingAgreementRenewed(ID, COALITION, MEMBER, SITE, AgreementStatus.IN_FORCE, ALL,
                        later, FROM, UNTIL));
        inForce().when(new RenewBasingAgreement(ID, UNTIL))
                .expectException(violates("a-renewal-moves-the-end-later")).expectNoEvents();
    }

    @Test
    void anExpiredAgreementIsNotRenewed() {
        Instant later = Instant.parse("2012-03-27T00:00:00Z");
        inForceThen(new BasingAgreementExpired(ID, COALITION, MEMBER, SITE, AgreementStatus.EXPIRED, ALL, UNTIL,
                FROM))
                .when(new RenewBasingAgreement(ID, later))
                .expectException(violates("only-concluded-agreements-are-renewed")).expectNoEvents();
    }

    @Test
    void anAgreementSuspendedInNegotiationIsNeitherExpiredNorRenewed() {
        // request, suspend, expire, renew would otherwise put it in force without MOU or technical arrangement
        requested().andGiven(suspended(SuspensionCause.DECISION))
                .when(new ExpireBasingAgreement(ID))
                .expectException(violates("only-agreements-in-force-expire")).expectNoEvents();
        requested().andGiven(suspended(SuspensionCause.DECISION))
                .when(new RenewBasingAgreement(ID, Instant.parse("2012-03-27T00:00:00Z")))
                .expectException(violates("only-concluded-agreements-are-renewed")).expectNoEvents();
        fixture.givenCurrentTime(UNTIL).andGiven(inForceEvents()).andGiven(suspended(SuspensionCause.DECISION))
                .when(new ExpireBasingAgreement(ID))
                .expectEvents(new BasingAgreementExpired(ID, COALITION, MEMBER, SITE, AgreementStatus.EXPIRED, ALL,
                        UNTIL, FROM));
    }

    @Test
    void aRenewedHostStandsInTheCoalition() {
        BasingAgreementRequested hostedByGreece = new BasingAgreementRequested(ID, COALITION, SUSPENDED, SITE,
                AgreementStatus.REQUESTED, ALL, UNTIL, FROM, 1200, 24, HostStanding.ACTIVE_MEMBER, null);
        fixture.given(hostedByGreece, advanced(AgreementStage.MOU_SIGNED),
                        advanced(AgreementStage.TECHNICAL_ARRANGEMENT_SIGNED), advanced(AgreementStage.IN_FORCE))
                .when(new RenewBasingAgreement(ID, Instant.parse("2012-03-27T00:00:00Z")))
                .expectException(violates("a-renewed-host-stands-in-the-coalition")).expectNoEvents();
    }

    @Test
    void onlyAConcludedAgreementIsRenewed() {
        requested().when(new RenewBasingAgreement(ID, Instant.parse("2012-03-27T00:00:00Z")))
                .expectException(violates("only-concluded-agreements-are-renewed")).expectNoEvents();
    }

    @Test
    void anAgreementExpiresAtItsEndAsRecorded() {
        fixture.givenCurrentTime(UNTIL).andGiven(inForceEvents()).when(new ExpireBasingAgreement(ID))
                .expectEvents(new BasingAgreementExpired(ID, COALITION, MEMBER, SITE, AgreementStatus.EXPIRED, ALL,
                        UNTIL, FROM));
        // a future effective time does not make it expire early
        fixture.givenCurrentTime(UNTIL.minusSeconds(1)).andGiven(inForceEvents())
                .when(new ExpireBasingAgreement(ID), decidedAt(UNTIL, null))
                .expectException(violates("an-agreement-expires-at-its-end")).expectNoEvents();
    }

    @Test
    void anAgreementEntersIntoForceOnlyBeforeItsEnd() {
        // requested while valid, recorded late; the entry into force is judged when it is recorded, not when it claims
        Object requestedInTime = GenericEventMessage.asEventMessage(requested(MEMBER))
                .withMetaData(MetaData.with(DecisionMetadata.EFFECTIVE_TIME, FROM.toString()));
        fixture.givenCurrentTime(UNTIL).andGiven(List.of(requestedInTime, advanced(AgreementStage.MOU_SIGNED),
                        advanced(AgreementStage.TECHNICAL_ARRANGEMENT_SIGNED)))
                .when(new AdvanceBasingAgreement(ID, AgreementStage.IN_FORCE), by(HOST, decidedAt(FROM, null)))
                .expectException(violates("an-agreement-enters-into-force-before-its-end")).expectNoEvents();
        fixture.givenCurrentTime(UNTIL).andGiven(List.of(requestedInTime, advanced(AgreementStage.MOU_SIGNED),
                        advanced(AgreementStage.TECHNICAL_ARRANGEMENT_SIGNED),
                        signedBy(AgreementStage.IN_FORCE, SigningParty.HOST_NATION, HOST)))
                .when(new AdvanceBasingAgreement(ID, AgreementStage.IN_FORCE), by(COUNCIL, decidedAt(FROM, null)))
                .expectException(violates("an-agreement-enters-into-force-before-its-end")).expectNoEvents();
    }

    @Test
    void aPartnerHostsOnlyAsHostNationOrTransitState() {
        fixture = fixture(BasingAgreement.class, BasingFixtures.roster().partner(COALITION, "ISL", "OBSERVER")
                .partner(COALITION, "TUN", "TRANSIT_STATE"));
        fixture.givenNoPriorActivity().when(request("ISL", List.of(LOGISTICS)))
                .expectException(violates("partner-hosts-are-host-nations-or-transit-states")).expectNoEvents();
        fixture.givenNoPriorActivity().when(request("TUN", List.of(LOGISTICS)))
                .expectEvents(new BasingAgreementRequested(ID, COALITION, "TUN", SITE, AgreementStatus.REQUESTED,
                        List.of(LOGISTICS), UNTIL, FROM, 1200, 24, HostStanding.PARTNER, "TRANSIT_STATE"));
    }

    @Test
    void aFormerPartnersAgreementStaysSuspended() {
        fixture = fixture(BasingAgreement.class, BasingFixtures.roster().member(COALITION, "TUN",
                Standing.FORMER_PARTNER));
        BasingAgreementRequested hostedByTunisia = new BasingAgreementRequested(ID, COALITION, "TUN", SITE,
                AgreementStatus.REQUESTED, ALL, UNTIL, FROM, 1200, 24, HostStanding.PARTNER, "HOST_NATION");
        fixture.given(hostedByTunisia, new BasingAgreementSuspended(ID, COALITION, "TUN", SITE,
                        AgreementStatus.SUSPENDED, ALL, UNTIL, FROM, SuspensionCause.PARTNER_ENDED, null))
                .when(new ReinstateBasingAgreement(ID))
                .expectException(violates("a-reinstated-host-stands-in-the-coalition")).expectNoEvents();
    }

    @Test
    void anIdOfAnotherKindOfRecordIsUnknown() {
        fixture.given(new org.entente.basing.route.SupplyRouteOpened(ID, COALITION, "Aviano-Misrata", "Aviano",
                        "Misrata", null, null, null, null))
                .when(new RevokeBasingAgreement(ID, "wrong id"))
                .expectException(org.entente.platform.domain.UnknownEntity.class).expectNoEvents();
    }

    @Test
    void onlyAnAgreementInForceExpires() {
        requested().andGiven(advanced(AgreementStage.MOU_SIGNED))
                .when(new ExpireBasingAgreement(ID), decidedAt(UNTIL, null))
                .expectException(violates("only-agreements-in-force-expire")).expectNoEvents();
    }

    // --- revocation and closure ---

    @Test
    void theHostRevokesASignedAgreement() {
        inForce().when(new RevokeBasingAgreement(ID, "government changed"))
                .expectEvents(new BasingAgreementRevoked(ID, COALITION, MEMBER, SITE, AgreementStatus.REVOKED, ALL,
                        UNTIL, FROM, "government changed"));
        requested().when(new RevokeBasingAgreement(ID, null))
                .expectException(violates("only-signed-agreements-are-revoked")).expectNoEvents();
    }

    @Test
    void anEndedAgreementRefusesEverything() {
        BasingAgreementRevoked revoked = new BasingAgreementRevoked(ID, COALITION, MEMBER, SITE,
                AgreementStatus.REVOKED, ALL, UNTIL, FROM, null);
        for (Object command : List.of(new ReinstateBasingAgreement(ID),
                new RenewBasingAgreement(ID, UNTIL.plusSeconds(1)),
                new RestrictBasingAgreement(ID, List.of(LOGISTICS), null),
                new SuspendBasingAgreement(ID, SuspensionCause.DECISION, null),
                new CloseBasingAgreement(ID, ClosureCause.CONCLUDED))) {
            inForceThen(revoked).when(command)
                    .expectException(violates("ended-agreements-stay-ended")).expectNoEvents();
        }
    }

    @Test
    void theCoalitionsDissolutionClosesAnAgreementForGood() {
        inForce().when(new CloseBasingAgreement(ID, ClosureCause.COALITION_DISSOLVED))
                .expectEvents(new BasingAgreementClosed(ID, COALITION, MEMBER, SITE, AgreementStatus.CLOSED, ALL,
                        UNTIL, FROM, ClosureCause.COALITION_DISSOLVED));
        inForceThen(new BasingAgreementClosed(ID, COALITION, MEMBER, SITE, AgreementStatus.CLOSED, ALL, UNTIL, FROM,
                ClosureCause.COALITION_DISSOLVED))
                .when(new AdvanceBasingAgreement(ID, AgreementStage.IN_FORCE), HOST)
                .expectException(violates("ended-agreements-stay-ended")).expectNoEvents();
    }

    @Test
    void theDissolutionLeavesARevokedAgreementAsItIs() {
        inForceThen(new BasingAgreementRevoked(ID, COALITION, MEMBER, SITE, AgreementStatus.REVOKED, ALL, UNTIL, FROM,
                null))
                .when(new CloseBasingAgreement(ID, ClosureCause.COALITION_DISSOLVED))
                .expectSuccessfulHandlerExecution().expectNoEvents();
    }

    // --- who decides: the council asks and closes, the host decides about its territory, both sign ---

    @Test
    void theCouncilOfTheCoalitionAsksForABaseAndNoOneElse() {
        fixture.givenNoPriorActivity().when(request(MEMBER, ALL), councilOf(LEAD, COALITION))
                .expectEvents(requested(MEMBER));
        fixture.givenNoPriorActivity().when(request(MEMBER, ALL), councilOf(MEMBER, "another-coalition"))
                .expectException(refuses("council-scope")).expectNoEvents();
        fixture.givenNoPriorActivity().when(request(MEMBER, ALL), plannerOf(MEMBER))
                .expectException(refuses("council-scope")).expectNoEvents();
    }

    @Test
    void theHostsPlannerAndTheCouncilSignAStageAndNoOneElse() {
        AdvanceBasingAgreement mou = new AdvanceBasingAgreement(ID, AgreementStage.MOU_SIGNED);
        requested().when(mou, plannerOf(MEMBER))
                .expectEvents(signed(AgreementStage.MOU_SIGNED, SigningParty.HOST_NATION));
        requested().when(mou, councilOf(LEAD, COALITION))
                .expectEvents(signed(AgreementStage.MOU_SIGNED, SigningParty.COALITION));
        requested().when(mou, plannerOf(LEAD)).expectException(refuses("host-or-council")).expectNoEvents();
        // a service's reaction carries out decisions taken elsewhere: it signs for no party
        requested().when(mou).expectException(refuses("host-or-council")).expectNoEvents();
        requested().andGiven(signedBy(AgreementStage.MOU_SIGNED, SigningParty.HOST_NATION, HOST)).when(mou)
                .expectException(refuses("host-or-council")).expectNoEvents();
        // of the host's nation, but neither its planner nor on this coalition's council
        requested().when(mou, councilOf(MEMBER, "another-coalition"))
                .expectException(refuses("host-or-council")).expectNoEvents();
        requested().when(mou, withRole(Roles.COMMANDER, MEMBER))
                .expectException(refuses("host-or-council")).expectNoEvents();
        // a commander serving this very coalition is still neither the host's planner nor its council
        requested().when(mou, commanderOf(MEMBER, COALITION))
                .expectException(refuses("host-or-council")).expectNoEvents();
    }

    @Test
    void onlyTheHostRestrictsSuspendsAndRevokes() {
        RestrictBasingAgreement restriction = new RestrictBasingAgreement(ID, List.of(ISR, LOGISTICS), null);
        inForce().when(restriction, plannerOf(MEMBER)).expectEvents(new BasingAgreementRestricted(ID, COALITION,
                MEMBER, SITE, AgreementStatus.IN_FORCE, List.of(LOGISTICS, ISR), UNTIL, FROM, List.of(STRIKE), null));
        inForce().when(restriction, plannerOf(LEAD)).expectException(refuses("own-nation-only")).expectNoEvents();
        inForce().when(restriction, councilOf(LEAD, COALITION))
                .expectException(refuses("own-nation-only")).expectNoEvents();

        SuspendBasingAgreement suspension = new SuspendBasingAgreement(ID, SuspensionCause.DECISION, null);
        inForce().when(suspension, plannerOf(MEMBER)).expectEvents(suspended(SuspensionCause.DECISION));
        inForce().when(suspension, plannerOf(LEAD)).expectException(refuses("own-nation-only")).expectNoEvents();

        RevokeBasingAgreement revocation = new RevokeBasingAgreement(ID, null);
        inForce().when(revocation, plannerOf(MEMBER)).expectEvents(new BasingAgreementRevoked(ID, COALITION, MEMBER,
                SITE, AgreementStatus.REVOKED, ALL, UNTIL, FROM, null));
        inForce().when(revocation, plannerOf(LEAD)).expectException(refuses("own-nation-only")).expectNoEvents();
        inForce().when(revocation, councilOf(LEAD, COALITION))
                .expectException(refuses("own-nation-only")).expectNoEvents();
    }

    @Test
    void onlyTheHostReinstatesWhateverSuspendedTheAgreement() {
        inForceThen(suspended(SuspensionCause.MEMBER_SUSPENDED)).when(new ReinstateBasingAgreement(ID),
                        plannerOf(MEMBER))
                .expectEvents(new BasingAgreementReinstated(ID, COALITION, MEMBER, SITE, AgreementStatus.IN_FORCE,
                        ALL, UNTIL, FROM));
        inForceThen(suspended(SuspensionCause.MEMBER_SUSPENDED)).when(new ReinstateBasingAgreement(ID),
                        plannerOf(LEAD))
                .expectException(refuses("own-nation-only")).expectNoEvents();
        inForceThen(suspended(SuspensionCause.MEMBER_SUSPENDED)).when(new ReinstateBasingAgreement(ID),
                        councilOf(LEAD, COALITION))
                .expectException(refuses("own-nation-only")).expectNoEvents();
    }

    @Test
    void eitherPartyRenewsAndRecordsTheExpiry() {
        Instant later = Instant.parse("2012-03-27T00:00:00Z");
        BasingAgreementRenewed renewed = new BasingAgreementRenewed(ID, COALITION, MEMBER, SITE,
                AgreementStatus.IN_FORCE, ALL, later, FROM, UNTIL);
        inForce().when(new RenewBasingAgreement(ID, later), plannerOf(MEMBER)).expectEvents(renewed);
        inForce().when(new RenewBasingAgreement(ID, later), councilOf(LEAD, COALITION)).expectEvents(renewed);
        inForce().when(new RenewBasingAgreement(ID, later), plannerOf(LEAD))
                .expectException(refuses("host-or-council")).expectNoEvents();
        inForce().when(new RenewBasingAgreement(ID, later), councilOf(MEMBER, "another-coalition"))
                .expectException(refuses("host-or-council")).expectNoEvents();

        BasingAgreementExpired expired = new BasingAgreementExpired(ID, COALITION, MEMBER, SITE,
                AgreementStatus.EXPIRED, ALL, UNTIL, FROM);
        fixture = fixture(BasingAgreement.class); // the renewals scheduled deadlines: a fresh clock for the expiry
        fixture.givenCurrentTime(UNTIL).andGiven(inForceEvents())
                .when(new ExpireBasingAgreement(ID), plannerOf(MEMBER)).expectEvents(expired);
        fixture.givenCurrentTime(UNTIL).andGiven(inForceEvents())
                .when(new ExpireBasingAgreement(ID), councilOf(LEAD, COALITION)).expectEvents(expired);
        fixture.givenCurrentTime(UNTIL).andGiven(inForceEvents())
                .when(new ExpireBasingAgreement(ID), by(plannerOf(LEAD), decidedAt(UNTIL, null)))
                .expectException(refuses("host-or-council")).expectNoEvents();
    }

    @Test
    void theHostsSuspensionAndRevocationAreDecisionsOfConsequence() {
        // the dispatcher then refuses them over HTTP without a rationale and an authority (AgreementLifecycleIT)
        assertThat(SuspendBasingAgreement.class.isAnnotationPresent(DecisionOfConsequence.class)).isTrue();
        assertThat(RevokeBasingAgreement.class.isAnnotationPresent(DecisionOfConsequence.class)).isTrue();
        assertThat(RestrictBasingAgreement.class.isAnnotationPresent(DecisionOfConsequence.class)).isFalse();
    }

    @Test
    void theCouncilOfTheCoalitionClosesAnAgreementAndNoOneElse() {
        CloseBasingAgreement closure = new CloseBasingAgreement(ID, ClosureCause.CONCLUDED);
        inForce().when(closure, councilOf(LEAD, COALITION)).expectEvents(new BasingAgreementClosed(ID, COALITION,
                MEMBER, SITE, AgreementStatus.CLOSED, ALL, UNTIL, FROM, ClosureCause.CONCLUDED));
        inForce().when(closure, councilOf(MEMBER, "another-coalition"))
                .expectException(refuses("council-scope")).expectNoEvents();
        inForce().when(closure, plannerOf(MEMBER)).expectException(refuses("council-scope")).expectNoEvents();
    }

    @Test
    void anAgreementInForceExpiresByItselfAtTheEndOfItsValidityUnlessRenewed() {
        Instant later = Instant.parse("2012-03-27T00:00:00Z");
        fixture.givenCommands(request(MEMBER, ALL))
                .andGiven(inForceEvents().subList(1, inForceEvents().size()))
                .whenTimeAdvancesTo(UNTIL)
                .expectDeadlinesMet(new AgreementEnd(ID, UNTIL))
                .expectEvents(new BasingAgreementExpired(ID, COALITION, MEMBER, SITE, AgreementStatus.EXPIRED, ALL,
                        UNTIL, FROM));
        fixture = fixture(BasingAgreement.class);
        fixture.givenCurrentTime(FROM).andGivenCommands(request(MEMBER, ALL))
                .andGiven(inForceEvents().subList(1, inForceEvents().size()))
                .andGivenCommands(new RenewBasingAgreement(ID, later))
                .whenTimeAdvancesTo(UNTIL)
                .expectDeadlinesMet(new AgreementEnd(ID, UNTIL))
                .expectNoEvents();
        fixture = fixture(BasingAgreement.class);
        fixture.givenCurrentTime(FROM).andGivenCommands(request(MEMBER, ALL))
                .whenTimeAdvancesTo(UNTIL)
                .expectDeadlinesMet(new AgreementEnd(ID, UNTIL))
                .expectNoEvents(); // never entered into force: nothing expires
    }
}
