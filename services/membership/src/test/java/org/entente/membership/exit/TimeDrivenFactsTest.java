package org.entente.membership.exit;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.TestExecutor;
import org.entente.membership.coalition.Coalition;
import org.entente.membership.coalition.CoalitionFormed;
import org.entente.membership.coalition.CoalitionKind;
import org.entente.membership.coalition.CoalitionPurpose;
import org.entente.membership.coalition.DissolveCoalition;
import org.entente.membership.coalition.Mandate;
import org.entente.membership.member.MemberAdmitted;
import org.entente.membership.pledge.Amount;
import org.entente.membership.pledge.CorrectPledgeEntry;
import org.entente.membership.pledge.MakePledge;
import org.entente.membership.pledge.PledgeCategory;
import org.entente.membership.pledge.PledgeDue;
import org.entente.membership.pledge.PledgeFellDue;
import org.entente.membership.pledge.RecordDelivery;
import org.entente.membership.pledge.RevisePledge;
import org.entente.platform.deadline.Deadlines;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.entente.membership.CoalitionFixtures.coalitionFixture;

/**
 * What falls due with time in a coalition: a pledge not fulfilled by its due date, a milestone not achieved by its
 * target date — each recorded by the service at the end of that day, and nothing when the date was met or moved.
 */
class TimeDrivenFactsTest {

    private static final String COALITION = "coalition-1";
    private static final LocalDate DUE = LocalDate.of(2031, 6, 30);
    private static final LocalDate LATER = LocalDate.of(2031, 9, 30);

    private static TestExecutor<Coalition> coalition(AggregateTestFixture<Coalition> fixture) {
        return fixture.given(new CoalitionFormed(COALITION, "Unified Protector", CoalitionKind.AD_HOC,
                        CoalitionPurpose.PEACE_ENFORCEMENT, null, "FRA",
                        new Mandate(List.of("protect civilians"), "Libya", null), null),
                new MemberAdmitted(COALITION, "FRA"), new MemberAdmitted(COALITION, "DEU"));
    }

    private static MakePledge pledge(LocalDate due) {
        return new MakePledge(COALITION, "pledge-1", "DEU", PledgeCategory.FORCES,
                new Amount(new BigDecimal("100"), "personnel"), due, "infantry company");
    }

    private static RecordDelivery delivery(String personnel) {
        return new RecordDelivery(COALITION, "pledge-1", "delivery-1", new Amount(new BigDecimal(personnel),
                "personnel"), null);
    }

    @Test
    void aPledgeNotFulfilledByTheEndOfItsDueDateFallsDue() {
        coalition(coalitionFixture()).andGivenCommands(pledge(DUE), delivery("60"))
                .whenTimeAdvancesTo(Deadlines.endOf(DUE))
                .expectDeadlinesMet(new PledgeDue(COALITION, "pledge-1", DUE))
                .expectEvents(new PledgeFellDue(COALITION, "pledge-1", DUE));
    }

    @Test
    void aFulfilledRevisedOrWithdrawnPledgeDoesNotFallDue() {
        coalition(coalitionFixture()).andGivenCommands(pledge(DUE), delivery("100"))
                .whenTimeAdvancesTo(Deadlines.endOf(DUE))
                .expectNoEvents();
        coalition(coalitionFixture()).andGivenCommands(pledge(DUE), new RevisePledge(COALITION, "pledge-1",
                        "revision-1", new Amount(new BigDecimal("100"), "personnel"), LATER))
                .whenTimeAdvancesTo(Deadlines.endOf(DUE))
                .expectNoEvents();
        coalition(coalitionFixture()).andGivenCommands(pledge(DUE), new DissolveCoalition(COALITION))
                .whenTimeAdvancesTo(Deadlines.endOf(DUE))
                .expectNoEvents();
    }

    @Test
    void aCorrectedDueDateIsTheOneThatFallsDue() {
        coalition(coalitionFixture()).andGivenCommands(pledge(DUE), new CorrectPledgeEntry(COALITION, "pledge-1",
                        "pledge-1", new Amount(new BigDecimal("100"), "personnel"), LATER, "typo in the date"))
                .whenTimeAdvancesTo(Deadlines.endOf(LATER))
                .expectDeadlinesMet(new PledgeDue(COALITION, "pledge-1", DUE), new PledgeDue(COALITION, "pledge-1",
                        LATER))
                .expectEvents(new PledgeFellDue(COALITION, "pledge-1", LATER));
    }

    @Test
    void aMilestoneNotAchievedByTheEndOfItsTargetDateHasPassedIt() {
        coalition(coalitionFixture()).andGivenCommands(new DefineMilestone(COALITION, "milestone-1", "Transition",
                        List.of("ceasefire holds"), DUE))
                .whenTimeAdvancesTo(Deadlines.endOf(DUE))
                .expectDeadlinesMet(new MilestoneTarget(COALITION, "milestone-1", DUE))
                .expectEvents(new MilestoneTargetPassed(COALITION, "milestone-1", DUE));
    }

    @Test
    void anAchievedOrSlippedMilestoneHasNotPassedItsOldTarget() {
        DefineMilestone define = new DefineMilestone(COALITION, "milestone-1", "Transition",
                List.of("ceasefire holds"), DUE);
        coalition(coalitionFixture()).andGivenCommands(define, new RecordMilestoneAchieved(COALITION, "milestone-1"))
                .whenTimeAdvancesTo(Deadlines.endOf(DUE))
                .expectNoEvents();
        coalition(coalitionFixture()).andGivenCommands(define,
                        new RecordMilestoneSlipped(COALITION, "milestone-1", LATER, "fighting in Sirte"))
                .whenTimeAdvancesTo(Deadlines.endOf(DUE))
                .expectNoEvents();
        coalition(coalitionFixture()).andGivenCommands(define,
                        new RecordMilestoneSlipped(COALITION, "milestone-1", LATER, "fighting in Sirte"))
                .whenTimeAdvancesTo(Deadlines.endOf(LATER))
                .expectEvents(new MilestoneTargetPassed(COALITION, "milestone-1", LATER));
    }
}
