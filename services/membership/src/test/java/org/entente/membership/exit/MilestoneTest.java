package org.entente.membership.exit;

import org.axonframework.modelling.command.AggregateEntityNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.TestExecutor;
import org.entente.membership.coalition.Coalition;
import org.entente.membership.coalition.CoalitionFormed;
import org.entente.membership.coalition.CoalitionKind;
import org.entente.membership.coalition.CoalitionPurpose;
import org.entente.membership.coalition.Mandate;
import org.entente.membership.member.MemberAdmitted;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.entente.testing.AggregateFixtures;

import java.time.LocalDate;
import java.util.List;


import static org.entente.membership.CoalitionFixtures.coalitionFixture;
import static org.entente.testing.AggregateFixtures.violates;

/** Milestones of the exit strategy: defined with unique names, then achieved or slipped. */
class MilestoneTest {

    private static final String COALITION = "coalition-1";
    private static final String MILESTONE = "milestone-1";
    private static final String NAME = "Security handover";
    private static final List<String> CRITERIA = List.of("local forces lead in all provinces");
    private static final LocalDate TARGET = LocalDate.of(2014, 12, 31);

    private AggregateTestFixture<Coalition> fixture;

    @BeforeEach
    void setUp() {
        fixture = coalitionFixture();
    }

    private TestExecutor<Coalition> coalition() {
        return fixture.given(
                new CoalitionFormed(COALITION, "Resolute Support", CoalitionKind.FORMAL_ALLIANCE,
                        CoalitionPurpose.STABILIZATION, null, "USA",
                        new Mandate(List.of("train, advise, assist"), "Afghanistan", null), null),
                new MemberAdmitted(COALITION, "USA"));
    }

    /** The coalition with milestone-1 due {@link #TARGET}. */
    private TestExecutor<Coalition> withMilestone(Object... laterEvents) {
        return coalition().andGiven(new MilestoneDefined(COALITION, MILESTONE, NAME, CRITERIA, TARGET))
                .andGiven(laterEvents);
    }


    // --- definition ---

    @Test
    void aMilestoneIsDefined() {
        coalition().when(new DefineMilestone(COALITION, MILESTONE, NAME, CRITERIA, TARGET))
                .expectEvents(new MilestoneDefined(COALITION, MILESTONE, NAME, CRITERIA, TARGET));
    }

    @Test
    void milestonesWithDifferentNamesCoexist() {
        withMilestone().when(new DefineMilestone(COALITION, "milestone-2", "Full withdrawal", List.of(), TARGET))
                .expectEvents(new MilestoneDefined(COALITION, "milestone-2", "Full withdrawal", List.of(), TARGET));
    }

    @Test
    void milestoneNamesAreUnique() {
        withMilestone().when(new DefineMilestone(COALITION, "milestone-2", NAME, CRITERIA, TARGET.plusYears(1)))
                .expectException(violates("milestone-names-are-unique"))
                .expectNoEvents();
    }

    @Test
    void milestoneNamesAreUniqueRegardlessOfCase() {
        withMilestone().when(new DefineMilestone(COALITION, "milestone-2", "SECURITY HANDOVER", CRITERIA, TARGET))
                .expectException(violates("milestone-names-are-unique"))
                .expectNoEvents();
    }

    @Test
    void anAchievedMilestoneKeepsItsName() {
        withMilestone(new MilestoneAchieved(COALITION, MILESTONE))
                .when(new DefineMilestone(COALITION, "milestone-2", NAME, CRITERIA, TARGET.plusYears(1)))
                .expectException(violates("milestone-names-are-unique"))
                .expectNoEvents();
    }

    // --- achievement ---

    @Test
    void aMilestoneIsAchieved() {
        withMilestone().when(new RecordMilestoneAchieved(COALITION, MILESTONE))
                .expectEvents(new MilestoneAchieved(COALITION, MILESTONE));
    }

    @Test
    void aSlippedMilestoneMayStillBeAchieved() {
        withMilestone(new MilestoneSlipped(COALITION, MILESTONE, TARGET, TARGET.plusMonths(6), "elections"))
                .when(new RecordMilestoneAchieved(COALITION, MILESTONE))
                .expectEvents(new MilestoneAchieved(COALITION, MILESTONE));
    }

    @Test
    void anAchievedMilestoneIsNotAchievedAgain() {
        withMilestone(new MilestoneAchieved(COALITION, MILESTONE))
                .when(new RecordMilestoneAchieved(COALITION, MILESTONE))
                .expectException(violates("achieved-milestones-are-closed"))
                .expectNoEvents();
    }

    @Test
    void anUnknownMilestoneCannotBeAchieved() {
        // not a rule violation: no Milestone entity takes the command (answered 404 by the platform)
        withMilestone().when(new RecordMilestoneAchieved(COALITION, "milestone-unknown"))
                .expectException(AggregateEntityNotFoundException.class)
                .expectNoEvents();
    }

    // --- slips ---

    @Test
    void aSlipMovesTheTargetLater() {
        withMilestone().when(new RecordMilestoneSlipped(COALITION, MILESTONE, TARGET.plusMonths(6), "elections"))
                .expectEvents(new MilestoneSlipped(COALITION, MILESTONE, TARGET, TARGET.plusMonths(6), "elections"));
    }

    @Test
    void aSlipToTheSameDateIsRefused() {
        withMilestone().when(new RecordMilestoneSlipped(COALITION, MILESTONE, TARGET, "no change"))
                .expectException(violates("a-slip-moves-the-target-later"))
                .expectNoEvents();
    }

    @Test
    void aSlipToAnEarlierDateIsRefused() {
        withMilestone().when(new RecordMilestoneSlipped(COALITION, MILESTONE, TARGET.minusDays(1), "ahead of plan"))
                .expectException(violates("a-slip-moves-the-target-later"))
                .expectNoEvents();
    }

    @Test
    void aFurtherSlipIsMeasuredFromTheSlippedTarget() {
        LocalDate slipped = TARGET.plusMonths(6);
        withMilestone(new MilestoneSlipped(COALITION, MILESTONE, TARGET, slipped, "elections"))
                .when(new RecordMilestoneSlipped(COALITION, MILESTONE, TARGET.plusMonths(3), "again"))
                .expectException(violates("a-slip-moves-the-target-later"))
                .expectNoEvents();
    }

    @Test
    void aFurtherSlipRecordsTheSlippedTargetAsPrevious() {
        LocalDate slipped = TARGET.plusMonths(6);
        withMilestone(new MilestoneSlipped(COALITION, MILESTONE, TARGET, slipped, "elections"))
                .when(new RecordMilestoneSlipped(COALITION, MILESTONE, slipped.plusMonths(6), "again"))
                .expectEvents(new MilestoneSlipped(COALITION, MILESTONE, slipped, slipped.plusMonths(6), "again"));
    }

    @Test
    void anAchievedMilestoneCannotSlip() {
        withMilestone(new MilestoneAchieved(COALITION, MILESTONE))
                .when(new RecordMilestoneSlipped(COALITION, MILESTONE, TARGET.plusMonths(6), "late"))
                .expectException(violates("achieved-milestones-are-closed"))
                .expectNoEvents();
    }

    @Test
    void eachMilestoneSlipsOnItsOwn() {
        LocalDate otherTarget = TARGET.plusYears(2);
        withMilestone(new MilestoneDefined(COALITION, "milestone-2", "Full withdrawal", List.of(), otherTarget))
                .when(new RecordMilestoneSlipped(COALITION, MILESTONE, TARGET.plusYears(1), "elections"))
                .expectEvents(new MilestoneSlipped(COALITION, MILESTONE, TARGET, TARGET.plusYears(1), "elections"));
    }
}
