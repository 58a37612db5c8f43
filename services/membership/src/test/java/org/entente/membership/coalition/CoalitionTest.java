package org.entente.membership.coalition;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.entente.membership.exit.DefineMilestone;
import org.entente.membership.member.AdmitMember;
import org.entente.membership.member.MemberAdmitted;
import org.entente.membership.member.MemberReinstated;
import org.entente.membership.member.MemberSuspended;
import org.entente.membership.member.MemberWithdrawn;
import org.entente.membership.member.ReinstateMember;
import org.entente.membership.member.SuspendMember;
import org.entente.membership.pledge.Amount;
import org.entente.membership.pledge.PledgeCategory;
import org.entente.membership.pledge.PledgeMade;
import org.entente.membership.pledge.RecordDelivery;
import org.entente.platform.decision.DecisionMetadata;
import org.entente.testing.AggregateFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;


import static org.entente.membership.CoalitionFixtures.coalitionFixture;
import static org.entente.testing.AggregateFixtures.violates;

/** Formation, the lead nation, dissolution and the exercise boundary of a coalition. */
class CoalitionTest {

    private static final String COALITION = "coalition-1";
    private static final String LEAD = "FRA";
    private static final String MEMBER = "DEU";
    private static final String OTHER_MEMBER = "POL";
    private static final String OUTSIDER = "ITA";
    private static final LegalBasis RESOLUTION = new LegalBasis(LegalBasisType.UN_SECURITY_COUNCIL_RESOLUTION,
            "S/RES/1973 (2011)", "Libya", LocalDate.of(2011, 3, 17));
    private static final Mandate MANDATE = new Mandate(List.of("protect civilians", "enforce the no-fly zone"),
            "Libya", LocalDate.of(2011, 9, 27));
    private static final PledgeMade PLEDGE = new PledgeMade(COALITION, "pledge-1", MEMBER, PledgeCategory.FORCES,
            new Amount(new BigDecimal("100"), "personnel"), LocalDate.of(2011, 6, 30), "infantry company");

    private AggregateTestFixture<Coalition> fixture;

    @BeforeEach
    void setUp() {
        fixture = coalitionFixture();
    }

    private static FormCoalition form(List<String> foundingMembers) {
        return new FormCoalition(COALITION, "Unified Protector", CoalitionKind.AD_HOC,
                CoalitionPurpose.PEACE_ENFORCEMENT, RESOLUTION, LEAD, MANDATE, foundingMembers);
    }

    private static CoalitionFormed formed(String exerciseId) {
        return new CoalitionFormed(COALITION, "Unified Protector", CoalitionKind.AD_HOC,
                CoalitionPurpose.PEACE_ENFORCEMENT, RESOLUTION, LEAD, MANDATE, exerciseId);
    }

    /** A real-world coalition led by FRA with DEU and POL as members. */
    private static Object[] realCoalition() {
        return new Object[]{formed(null), new MemberAdmitted(COALITION, LEAD), new MemberAdmitted(COALITION, MEMBER),
                new MemberAdmitted(COALITION, OTHER_MEMBER)};
    }


    /** The formation as stored: the exercise is in its metadata. */
    private static Object formedIn(String exerciseId) {
        return GenericEventMessage.asEventMessage(formed(exerciseId)).withMetaData(exercise(exerciseId));
    }

    private static MetaData exercise(String exerciseId) {
        return MetaData.with(DecisionMetadata.EXERCISE_ID, exerciseId);
    }

    private static CommandMessage<?> inExercise(Object command, String exerciseId) {
        return GenericCommandMessage.asCommandMessage(command).withMetaData(exercise(exerciseId));
    }

    // --- formation ---

    @Test
    void theLeadNationAndEachFoundingMemberAreAdmittedWithTheCoalition() {
        fixture.givenNoPriorActivity()
                .when(form(List.of(MEMBER, OTHER_MEMBER)))
                .expectSuccessfulHandlerExecution()
                .expectEvents(formed(null),
                        new MemberAdmitted(COALITION, LEAD),
                        new MemberAdmitted(COALITION, MEMBER),
                        new MemberAdmitted(COALITION, OTHER_MEMBER));
    }

    @Test
    void aCoalitionMayBeFormedByItsLeadNationAlone() {
        fixture.givenNoPriorActivity()
                .when(form(null))
                .expectEvents(formed(null), new MemberAdmitted(COALITION, LEAD));
    }

    @Test
    void eachFounderIsAdmittedOnceEvenWhenListedTwiceOrAsLead() {
        fixture.givenNoPriorActivity()
                .when(form(List.of(MEMBER, LEAD, MEMBER)))
                .expectEvents(formed(null), new MemberAdmitted(COALITION, LEAD), new MemberAdmitted(COALITION, MEMBER));
    }

    @Test
    void aCoalitionFormedInAnExerciseBelongsToThatExercise() {
        fixture.givenNoPriorActivity()
                .when(form(List.of(MEMBER)), exercise("exercise-x"))
                .expectEvents(formed("exercise-x"), new MemberAdmitted(COALITION, LEAD),
                        new MemberAdmitted(COALITION, MEMBER));
    }

    @Test
    void theFoundingMembersAreActiveMembers() {
        fixture.givenCommands(form(List.of(MEMBER)))
                .when(new AdmitMember(COALITION, MEMBER))
                .expectException(violates("members-are-admitted-once"))
                .expectNoEvents();
    }

    // --- lead nation ---

    @Test
    void anotherActiveMemberBecomesLeadNation() {
        fixture.given(realCoalition())
                .when(new ChangeLeadNation(COALITION, MEMBER))
                .expectEvents(new LeadNationChanged(COALITION, MEMBER, LEAD));
    }

    @Test
    void theCurrentLeadNationCannotBeDesignatedAgain() {
        fixture.given(realCoalition())
                .when(new ChangeLeadNation(COALITION, LEAD))
                .expectException(violates("a-new-lead-nation-differs"))
                .expectNoEvents();
    }

    @Test
    void theLeadNationChangedToIsTheCurrentOneAfterwards() {
        fixture.given(realCoalition())
                .andGiven(new LeadNationChanged(COALITION, MEMBER, LEAD))
                .when(new ChangeLeadNation(COALITION, MEMBER))
                .expectException(violates("a-new-lead-nation-differs"));
    }

    @Test
    void theFormerLeadNationMayLeadAgain() {
        fixture.given(realCoalition())
                .andGiven(new LeadNationChanged(COALITION, MEMBER, LEAD))
                .when(new ChangeLeadNation(COALITION, LEAD))
                .expectEvents(new LeadNationChanged(COALITION, LEAD, MEMBER));
    }

    @Test
    void aNonMemberCannotLead() {
        fixture.given(realCoalition())
                .when(new ChangeLeadNation(COALITION, OUTSIDER))
                .expectException(violates("the-lead-nation-is-an-active-member"))
                .expectNoEvents();
    }

    @Test
    void aSuspendedMemberCannotLead() {
        fixture.given(realCoalition())
                .andGiven(new MemberSuspended(COALITION, MEMBER))
                .when(new ChangeLeadNation(COALITION, MEMBER))
                .expectException(violates("the-lead-nation-is-an-active-member"))
                .expectNoEvents();
    }

    @Test
    void aWithdrawnMemberCannotLead() {
        fixture.given(realCoalition())
                .andGiven(new MemberWithdrawn(COALITION, MEMBER))
                .when(new ChangeLeadNation(COALITION, MEMBER))
                .expectException(violates("the-lead-nation-is-an-active-member"))
                .expectNoEvents();
    }

    // --- dissolution ---

    @Test
    void aCoalitionIsDissolved() {
        fixture.given(realCoalition())
                .when(new DissolveCoalition(COALITION))
                .expectEvents(new CoalitionDissolved(COALITION));
    }

    @Test
    void aDissolvedCoalitionCannotBeDissolvedAgain() {
        fixture.given(realCoalition())
                .andGiven(new CoalitionDissolved(COALITION))
                .when(new DissolveCoalition(COALITION))
                .expectException(violates("dissolved-coalitions-are-closed"))
                .expectNoEvents();
    }

    @Test
    void aDissolvedCoalitionAdmitsNoMember() {
        fixture.given(realCoalition())
                .andGiven(new CoalitionDissolved(COALITION))
                .when(new AdmitMember(COALITION, OUTSIDER))
                .expectException(violates("dissolved-coalitions-are-closed"))
                .expectNoEvents();
    }

    @Test
    void aDissolvedCoalitionChangesNoLeadNation() {
        fixture.given(realCoalition())
                .andGiven(new CoalitionDissolved(COALITION))
                .when(new ChangeLeadNation(COALITION, MEMBER))
                .expectException(violates("dissolved-coalitions-are-closed"))
                .expectNoEvents();
    }

    @Test
    void aDissolvedCoalitionDefinesNoMilestone() {
        fixture.given(realCoalition())
                .andGiven(new CoalitionDissolved(COALITION))
                .when(new DefineMilestone(COALITION, "milestone-1", "Handover", List.of("local forces lead"),
                        LocalDate.of(2012, 1, 1)))
                .expectException(violates("dissolved-coalitions-are-closed"))
                .expectNoEvents();
    }

    @Test
    void aPledgeOfADissolvedCoalitionRecordsNoDelivery() {
        fixture.given(realCoalition())
                .andGiven(PLEDGE, new CoalitionDissolved(COALITION))
                .when(new RecordDelivery(COALITION, "pledge-1", "delivery-1",
                        new Amount(new BigDecimal("50"), "personnel"), "first rotation"))
                .expectException(violates("dissolved-coalitions-are-closed"))
                .expectNoEvents();
    }

    @Test
    void aMemberOfADissolvedCoalitionIsNotReinstated() {
        fixture.given(realCoalition())
                .andGiven(new MemberSuspended(COALITION, MEMBER), new CoalitionDissolved(COALITION))
                .when(new ReinstateMember(COALITION, MEMBER))
                .expectException(violates("dissolved-coalitions-are-closed"))
                .expectNoEvents();
    }

    // --- decisions about the past ---

    @Test
    void aDecisionCannotTakeEffectBeforeTheCoalitionBegan() {
        CommandMessage<?> formedOn23March = GenericCommandMessage.asCommandMessage(form(List.of(MEMBER)))
                .withMetaData(MetaData.with(DecisionMetadata.EFFECTIVE_TIME, "2011-03-23T00:00:00Z"));
        fixture.givenCommands(formedOn23March)
                .when(new AdmitMember(COALITION, OUTSIDER), councilAt("2011-03-22T00:00:00Z"))
                .expectException(violates("decisions-take-effect-after-the-record-begins"))
                .expectNoEvents();
        fixture.givenCommands(formedOn23March)
                .when(new AdmitMember(COALITION, OUTSIDER), councilAt("2011-03-23T00:00:00Z"))
                .expectEvents(new MemberAdmitted(COALITION, OUTSIDER));
    }

    private static MetaData councilAt(String effectiveTime) {
        return MetaData.with(DecisionMetadata.EFFECTIVE_TIME, effectiveTime)
                .and(DecisionMetadata.ACTOR, "council.secretary").and(DecisionMetadata.ACTOR_NATION, LEAD)
                .and(DecisionMetadata.ACTOR_ROLES, "coalition-authority")
                .and(DecisionMetadata.ACTOR_COALITIONS, COALITION);
    }

    // --- exercise boundary ---

    @Test
    void anExerciseCoalitionAcceptsCommandsOfItsExercise() {
        fixture.givenCommands(inExercise(form(List.of(MEMBER)), "exercise-x"))
                .when(new AdmitMember(COALITION, OUTSIDER), exercise("exercise-x"))
                .expectEvents(new MemberAdmitted(COALITION, OUTSIDER));
    }

    @Test
    void anExerciseCoalitionRejectsACommandNamingNoExercise() {
        fixture.givenCommands(inExercise(form(List.of(MEMBER)), "exercise-x"))
                .when(new AdmitMember(COALITION, OUTSIDER))
                .expectException(violates("commands-stay-in-their-exercise"))
                .expectNoEvents();
    }

    @Test
    void anExerciseCoalitionRejectsACommandOfAnotherExercise() {
        fixture.givenCommands(inExercise(form(List.of(MEMBER)), "exercise-x"))
                .when(new AdmitMember(COALITION, OUTSIDER), exercise("exercise-y"))
                .expectException(violates("commands-stay-in-their-exercise"))
                .expectNoEvents();
    }

    @Test
    void anExerciseCoalitionRejectsAnEntityCommandNamingNoExercise() {
        fixture.givenCommands(inExercise(form(List.of(MEMBER)), "exercise-x"),
                        inExercise(new SuspendMember(COALITION, MEMBER), "exercise-x"))
                .when(new ReinstateMember(COALITION, MEMBER))
                .expectException(violates("commands-stay-in-their-exercise"))
                .expectNoEvents();
    }

    @Test
    void anExerciseCoalitionAcceptsAnEntityCommandOfItsExercise() {
        fixture.given(formedIn("exercise-x"), new MemberAdmitted(COALITION, LEAD),
                        new MemberAdmitted(COALITION, MEMBER), new MemberSuspended(COALITION, MEMBER))
                .when(new ReinstateMember(COALITION, MEMBER), exercise("exercise-x"))
                .expectEvents(new MemberReinstated(COALITION, MEMBER));
    }

    @Test
    void aRealCoalitionRejectsExerciseCommands() {
        fixture.given(realCoalition())
                .when(new AdmitMember(COALITION, OUTSIDER), exercise("exercise-x"))
                .expectException(violates("commands-stay-in-their-exercise"))
                .expectNoEvents();
    }

    @Test
    void aRealCoalitionAcceptsRealWorldCommands() {
        fixture.given(realCoalition())
                .when(new AdmitMember(COALITION, OUTSIDER))
                .expectEvents(new MemberAdmitted(COALITION, OUTSIDER));
    }

    @Test
    void theExerciseBoundaryHoldsEvenForADissolvedCoalition() {
        fixture.given(formedIn("exercise-x"), new MemberAdmitted(COALITION, LEAD), new CoalitionDissolved(COALITION))
                .when(new DissolveCoalition(COALITION), exercise("exercise-y"))
                .expectException(violates("commands-stay-in-their-exercise"))
                .expectNoEvents();
    }
}
