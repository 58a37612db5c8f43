package org.entente.roe.caveat;

import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.TestExecutor;
import org.entente.platform.decision.DecisionMetadata;
import org.entente.platform.domain.NotPermitted;
import org.entente.platform.roster.FixedCoalitionRoster;
import org.entente.platform.roster.Standing;
import org.entente.roe.reference.BaseActivity;
import org.entente.roe.reference.Degree;
import org.entente.roe.reference.MeasureSeries;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.entente.testing.AggregateFixtures;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.entente.roe.RoeFixtures.actor;
import static org.entente.roe.RoeFixtures.caveatFixture;
import static org.entente.roe.RoeFixtures.planner;
import static org.entente.testing.AggregateFixtures.refuses;
import static org.entente.testing.AggregateFixtures.violates;

/** A nation's caveats in a coalition: declared and lifted by the nation, archived when it leaves, closed at the end. */
class NationalCaveatsTest {

    private static final String COALITION = "coalition-1";
    private static final String NATION = "DEU";
    private static final String RECORD = NationalCaveats.recordId(COALITION, NATION);
    private static final MetaData FOR_GERMANY = planner(NATION);

    private FixedCoalitionRoster roster;
    private AggregateTestFixture<NationalCaveats> fixture;

    @BeforeEach
    void setUp() {
        roster = new FixedCoalitionRoster().coalition(COALITION, null)
                .member(COALITION, NATION, Standing.ACTIVE_MEMBER)
                .member(COALITION, "GBR", Standing.ACTIVE_MEMBER);
        fixture = caveatFixture(roster);
    }

    private static DeclareCaveat north(String caveatId) {
        return new DeclareCaveat(RECORD, COALITION, NATION, caveatId, "GEOGRAPHIC", null, List.of(), List.of(),
                List.of(), List.of("Regional Command South"), List.of(), null, null, "north only");
    }

    private static CaveatDeclared declared(String caveatId) {
        return new CaveatDeclared(COALITION, NATION, caveatId, "GEOGRAPHIC", null, List.of(), List.of(), List.of(),
                List.of("Regional Command South"), List.of(), null, null, "north only");
    }

    private static DeclareCaveat withLists(List<String> measures, List<MeasureSeries> series,
                                           List<BaseActivity> activities, List<Degree> degrees, Instant from,
                                           Instant until) {
        return new DeclareCaveat(RECORD, COALITION, NATION, "cv-9", "ACTIVITY", "force-7", measures, series,
                activities, List.of(), degrees, from, until, null);
    }

    private TestExecutor<NationalCaveats> record(Object... more) {
        TestExecutor<NationalCaveats> given = fixture.given(declared("cv-1"));
        return more.length == 0 ? given : given.andGiven(more);
    }

    @Test
    void aNationDeclaresACaveatForItsForces() {
        fixture.givenNoPriorActivity().when(north("cv-1"), FOR_GERMANY).expectEvents(declared("cv-1"));
    }

    @Test
    void aCaveatMayConcernOneForceAndAPeriod() {
        Instant from = Instant.parse("2011-06-01T00:00:00Z");
        Instant until = Instant.parse("2011-12-31T00:00:00Z");
        fixture.givenNoPriorActivity()
                .when(withLists(List.of("19A"), List.of(MeasureSeries.DETENTION), List.of(BaseActivity.STRIKE),
                        List.of(Degree.TACON), from, until), FOR_GERMANY)
                .expectEvents(new CaveatDeclared(COALITION, NATION, "cv-9", "ACTIVITY", "force-7", List.of("19A"),
                        List.of(MeasureSeries.DETENTION), List.of(BaseActivity.STRIKE), List.of(), List.of(Degree.TACON),
                        from, until, null));
    }

    @Test
    void onlyThePlannerOfTheNationItselfDeclaresItsCaveats() {
        fixture.givenNoPriorActivity().when(north("cv-1"), planner("GBR"))
                .expectException(NotPermitted.class).expectException(refuses("own-nation-only")).expectNoEvents();
        fixture.givenNoPriorActivity().when(north("cv-1"), MetaData.with(DecisionMetadata.ACTOR, "someone"))
                .expectException(refuses("own-nation-only")).expectNoEvents();
        fixture.givenNoPriorActivity().when(north("cv-1"), planner(NATION)).expectEvents(declared("cv-1"));
    }

    @Test
    void onlyThePlannerOfTheNationItselfLiftsItsCaveats() {
        record().when(new LiftCaveat(RECORD, "cv-1", "mandate extended"), planner("GBR"))
                .expectException(NotPermitted.class).expectException(refuses("own-nation-only")).expectNoEvents();
        // a service's own reaction is not a person acting for a nation: it may not pose as one either
        record().when(new LiftCaveat(RECORD, "cv-1", "mandate extended"), actor("j.smith", "GBR", "system"))
                .expectException(refuses("own-nation-only")).expectNoEvents();
        record().when(new LiftCaveat(RECORD, "cv-1", "mandate extended"), planner(NATION))
                .expectEvents(new CaveatLifted(COALITION, NATION, "cv-1", "mandate extended"));
    }

    @Test
    void onlyActiveMembersDeclareCaveats() {
        roster.member(COALITION, NATION, Standing.SUSPENDED_MEMBER);
        fixture.givenNoPriorActivity().when(north("cv-1"), FOR_GERMANY)
                .expectException(violates("only-active-members-declare-caveats")).expectNoEvents();
    }

    @Test
    void noCaveatIsDeclaredInADissolvedCoalition() {
        // the roster still shows DEU as an active member: the dissolution alone must refuse it
        roster.dissolved(COALITION);
        fixture.givenNoPriorActivity().when(north("cv-1"), FOR_GERMANY)
                .expectException(violates("dissolved-coalitions-are-closed")).expectNoEvents();
        record().when(north("cv-2"), FOR_GERMANY)
                .expectException(violates("dissolved-coalitions-are-closed")).expectNoEvents();
    }

    @Test
    void theRecordBelongsToTheCoalitionsExercise() {
        roster.coalition(COALITION, "exercise-7");
        fixture.givenNoPriorActivity().when(north("cv-1"), FOR_GERMANY)
                .expectException(violates("commands-stay-in-their-exercise")).expectNoEvents();
        fixture.given(GenericEventMessage.asEventMessage(declared("cv-1"))
                        .andMetaData(Map.of(DecisionMetadata.EXERCISE_ID, "exercise-7")))
                .when(north("cv-2"), FOR_GERMANY)
                .expectException(violates("commands-stay-in-their-exercise")).expectNoEvents();
    }

    @Test
    void categoriesComeFromTheList() {
        fixture.givenNoPriorActivity()
                .when(new DeclareCaveat(RECORD, COALITION, NATION, "cv-1", "WEATHER", null, List.of(), List.of(),
                        List.of(), List.of("Kabul"), List.of(), null, null, null), FOR_GERMANY)
                .expectException(violates("caveat-categories-come-from-the-list")).expectNoEvents();
    }

    @Test
    void measuresComeFromTheCompendium() {
        fixture.givenNoPriorActivity().when(withLists(List.of("99Z"), List.of(), List.of(), List.of(), null, null),
                        FOR_GERMANY)
                .expectException(violates("caveat-measures-come-from-the-compendium")).expectNoEvents();
    }

    @Test
    void aCaveatSaysWhatItRestricts() {
        fixture.givenNoPriorActivity().when(withLists(List.of(), List.of(), List.of(), List.of(), null, null),
                        FOR_GERMANY)
                .expectException(violates("a-caveat-says-what-it-restricts")).expectNoEvents();
    }

    @Test
    void aPeriodEndsAfterItStarts() {
        Instant at = Instant.parse("2011-06-01T00:00:00Z");
        fixture.givenNoPriorActivity().when(withLists(List.of(), List.of(), List.of(), List.of(), at, at),
                        FOR_GERMANY)
                .expectException(violates("a-caveat-period-ends-after-it-starts")).expectNoEvents();
    }

    @Test
    void aCaveatInForceIsLiftedOnce() {
        record().when(new LiftCaveat(RECORD, "cv-1", "mandate extended"), FOR_GERMANY)
                .expectEvents(new CaveatLifted(COALITION, NATION, "cv-1", "mandate extended"));
        record(new CaveatLifted(COALITION, NATION, "cv-1", "mandate extended"))
                .when(new LiftCaveat(RECORD, "cv-1", "again"), FOR_GERMANY)
                .expectException(violates("only-caveats-in-force-are-lifted")).expectNoEvents();
    }

    @Test
    void leavingArchivesEveryCaveatInForceAndNothingTheSecondTime() {
        record(declared("cv-2"), new CaveatLifted(COALITION, NATION, "cv-2", "no longer needed"), declared("cv-3"))
                .when(new ArchiveCaveats(RECORD, CaveatEndCause.MEMBER_WITHDRAWN))
                .expectEvents(new CaveatArchived(COALITION, NATION, "cv-1", CaveatEndCause.MEMBER_WITHDRAWN),
                        new CaveatArchived(COALITION, NATION, "cv-3", CaveatEndCause.MEMBER_WITHDRAWN));
        record(new CaveatArchived(COALITION, NATION, "cv-1", CaveatEndCause.MEMBER_SUSPENDED))
                .when(new ArchiveCaveats(RECORD, CaveatEndCause.MEMBER_WITHDRAWN))
                .expectSuccessfulHandlerExecution().expectNoEvents();
    }

    @Test
    void anArchivedCaveatIsNotLifted() {
        record(new CaveatArchived(COALITION, NATION, "cv-1", CaveatEndCause.MEMBER_SUSPENDED))
                .when(new LiftCaveat(RECORD, "cv-1", "reinstated"), FOR_GERMANY)
                .expectException(violates("only-caveats-in-force-are-lifted")).expectNoEvents();
    }

    @Test
    void aReinstatedMemberDeclaresAgain() {
        record(new CaveatArchived(COALITION, NATION, "cv-1", CaveatEndCause.MEMBER_SUSPENDED))
                .when(north("cv-2"), FOR_GERMANY).expectEvents(declared("cv-2"));
    }

    @Test
    void dissolutionArchivesAndClosesTheRecordOnce() {
        record().when(new CloseCaveatRecord(RECORD, CaveatEndCause.COALITION_DISSOLVED))
                .expectEvents(new CaveatArchived(COALITION, NATION, "cv-1", CaveatEndCause.COALITION_DISSOLVED),
                        new CaveatRecordClosed(COALITION, NATION, CaveatEndCause.COALITION_DISSOLVED));
        record(new CaveatRecordClosed(COALITION, NATION, CaveatEndCause.COALITION_DISSOLVED))
                .when(new CloseCaveatRecord(RECORD, CaveatEndCause.COALITION_DISSOLVED))
                .expectSuccessfulHandlerExecution().expectNoEvents();
    }

    @Test
    void aClosedRecordTakesNoNewCaveat() {
        record(new CaveatArchived(COALITION, NATION, "cv-1", CaveatEndCause.COALITION_DISSOLVED),
                new CaveatRecordClosed(COALITION, NATION, CaveatEndCause.COALITION_DISSOLVED))
                .when(north("cv-2"), FOR_GERMANY)
                .expectException(violates("closed-caveat-records-are-closed")).expectNoEvents();
    }
}
