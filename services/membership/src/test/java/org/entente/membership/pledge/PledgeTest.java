package org.entente.membership.pledge;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.modelling.command.AggregateEntityNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.TestExecutor;
import org.entente.membership.coalition.Coalition;
import org.entente.membership.coalition.CoalitionFormed;
import org.entente.membership.coalition.CoalitionKind;
import org.entente.membership.coalition.CoalitionPurpose;
import org.entente.membership.coalition.FormCoalition;
import org.entente.membership.coalition.Mandate;
import org.entente.membership.member.Governance;
import org.entente.membership.member.MemberAdmitted;
import org.entente.membership.member.MemberReinstated;
import org.entente.membership.member.MemberSuspended;
import org.entente.membership.member.MemberWithdrawn;
import org.entente.membership.member.PartnerAssociated;
import org.entente.membership.member.PartnerRole;
import org.entente.platform.domain.NotPermitted;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.entente.testing.AggregateFixtures;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;

import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.messageWithPayload;
import static org.axonframework.test.matchers.Matchers.predicate;

import static org.entente.membership.CoalitionFixtures.coalitionFixture;
import static org.entente.membership.CoalitionFixtures.plannerOf;
import static org.entente.testing.AggregateFixtures.refuses;
import static org.entente.testing.AggregateFixtures.violates;

/** Pledges: who may pledge, deliveries, revisions, withdrawals and corrections. */
class PledgeTest {

    private static final String COALITION = "coalition-1";
    private static final String LEAD = "FRA";
    private static final String MEMBER = "DEU";
    private static final String OUTSIDER = "ITA";
    private static final String PLEDGE = "pledge-1";
    private static final LocalDate DUE = LocalDate.of(2011, 6, 30);
    private static final LocalDate LATER = LocalDate.of(2011, 9, 30);

    private AggregateTestFixture<Coalition> fixture;

    @BeforeEach
    void setUp() {
        fixture = coalitionFixture();
    }

    /** A coalition led by FRA with DEU as a member, nothing pledged yet. */
    private TestExecutor<Coalition> coalition() {
        return fixture.given(
                new CoalitionFormed(COALITION, "Unified Protector", CoalitionKind.AD_HOC,
                        CoalitionPurpose.PEACE_ENFORCEMENT, null, LEAD,
                        new Mandate(List.of("protect civilians"), "Libya", LocalDate.of(2011, 9, 27)), null),
                new MemberAdmitted(COALITION, LEAD),
                new MemberAdmitted(COALITION, MEMBER));
    }

    /** DEU has pledged 100 personnel, due {@link #DUE}. */
    private TestExecutor<Coalition> pledged(Object... laterEvents) {
        return coalition().andGiven(made(PLEDGE, "100")).andGiven(laterEvents);
    }

    private static PledgeMade made(String pledgeId, String personnel) {
        return new PledgeMade(COALITION, pledgeId, MEMBER, PledgeCategory.FORCES, personnel(personnel), DUE,
                "infantry company");
    }

    private static MakePledge makePledge(String nation) {
        return new MakePledge(COALITION, PLEDGE, nation, PledgeCategory.FORCES, personnel("100"), DUE,
                "infantry company");
    }

    private static Amount personnel(String value) {
        return new Amount(new BigDecimal(value), "personnel");
    }

    private static Amount euros(String value) {
        return new Amount(new BigDecimal(value), "EUR");
    }

    private static DeliveryRecorded delivered(String deliveryId, String personnel) {
        return new DeliveryRecorded(COALITION, PLEDGE, deliveryId, personnel(personnel), null);
    }

    /** The identifier the fixture gave to the given event matching {@code which}. */
    private String givenEventId(Predicate<Object> which) {
        List<String> ids = fixture.getEventStore().readEvents(COALITION).asStream()
                .filter(event -> which.test(event.getPayload()))
                .map(DomainEventMessage::getIdentifier)
                .toList();
        if (ids.size() != 1) {
            throw new AssertionError("expected one given event to match, found " + ids.size());
        }
        return ids.get(0);
    }


    // --- who may record: the nation's own planner only ---

    @Test
    void aPlannerPledgesForTheirOwnNationOnly() {
        coalition().when(makePledge(MEMBER), plannerOf(LEAD))
                .expectNoEvents()
                .expectException(NotPermitted.class)
                .expectException(refuses("own-nation-only"));
        coalition().when(makePledge(MEMBER), plannerOf(MEMBER))
                .expectEvents(made(PLEDGE, "100"));
    }

    @Test
    void onlyThePledgingNationsPlannerRecordsDeliveriesRevisionsWithdrawalsAndCorrections() {
        List<Object> acts = List.of(
                new RecordDelivery(COALITION, PLEDGE, "delivery-1", personnel("40"), null),
                new RevisePledge(COALITION, PLEDGE, "revision-1", personnel("150"), LATER),
                new WithdrawPledge(COALITION, PLEDGE),
                new CorrectPledgeEntry(COALITION, PLEDGE, PLEDGE, personnel("90"), DUE, "typo"));
        for (Object act : acts) {
            pledged().when(act, plannerOf(LEAD))
                    .expectNoEvents()
                    .expectException(refuses("own-nation-only"));
            pledged().when(act, plannerOf(MEMBER))
                    .expectSuccessfulHandlerExecution();
        }
        pledged(delivered("delivery-1", "40"))
                .when(new CorrectDelivery(COALITION, PLEDGE, "delivery-1", personnel("30"), "miscounted"),
                        plannerOf(OUTSIDER))
                .expectNoEvents()
                .expectException(refuses("own-nation-only"));
        pledged(delivered("delivery-1", "40"))
                .when(new CorrectDelivery(COALITION, PLEDGE, "delivery-1", personnel("30"), "miscounted"),
                        plannerOf(MEMBER))
                .expectSuccessfulHandlerExecution();
    }

    // --- who pledges ---

    @Test
    void anActiveMemberPledges() {
        coalition().when(makePledge(MEMBER))
                .expectEvents(made(PLEDGE, "100"));
    }

    @Test
    void theLeadNationPledges() {
        coalition().when(makePledge(LEAD))
                .expectEvents(new PledgeMade(COALITION, PLEDGE, LEAD, PledgeCategory.FORCES, personnel("100"), DUE,
                        "infantry company"));
    }

    @Test
    void aSuspendedMemberCannotPledge() {
        coalition().andGiven(new MemberSuspended(COALITION, MEMBER))
                .when(makePledge(MEMBER))
                .expectException(violates("only-active-members-pledge"))
                .expectNoEvents();
    }

    @Test
    void aReinstatedMemberPledgesAgain() {
        coalition().andGiven(new MemberSuspended(COALITION, MEMBER), new MemberReinstated(COALITION, MEMBER))
                .when(makePledge(MEMBER))
                .expectEvents(made(PLEDGE, "100"));
    }

    @Test
    void aWithdrawnMemberCannotPledge() {
        coalition().andGiven(new MemberWithdrawn(COALITION, MEMBER))
                .when(makePledge(MEMBER))
                .expectException(violates("only-active-members-pledge"))
                .expectNoEvents();
    }

    @Test
    void aNationOutsideTheCoalitionCannotPledge() {
        coalition().when(makePledge(OUTSIDER))
                .expectException(violates("only-active-members-pledge"))
                .expectNoEvents();
    }

    @Test
    void aPartnerCannotPledge() {
        coalition().andGiven(new PartnerAssociated(COALITION, OUTSIDER, PartnerRole.FINANCIAL_CONTRIBUTOR,
                        Governance.DEMOCRATIC))
                .when(makePledge(OUTSIDER))
                .expectException(violates("only-active-members-pledge"))
                .expectNoEvents();
    }

    // --- deliveries ---

    @Test
    void aDeliveryIsRecorded() {
        pledged().when(new RecordDelivery(COALITION, PLEDGE, "delivery-1", personnel("40"), "first rotation"))
                .expectEvents(new DeliveryRecorded(COALITION, PLEDGE, "delivery-1", personnel("40"), "first rotation"));
    }

    @Test
    void aDeliveryIsCountedInThePledgeUnit() {
        pledged().when(new RecordDelivery(COALITION, PLEDGE, "delivery-1", new Amount(new BigDecimal("40"),
                        "aircraft"), null))
                .expectException(violates("amounts-in-the-pledge-unit"))
                .expectNoEvents();
    }

    @Test
    void aDeliveryToAnUnknownPledgeFindsNoPledge() {
        // not a rule violation: no Pledge entity takes the command (answered 404 by the platform)
        pledged().when(new RecordDelivery(COALITION, "pledge-unknown", "delivery-1", personnel("40"), null))
                .expectException(AggregateEntityNotFoundException.class)
                .expectNoEvents();
    }

    @Test
    void aWithdrawnPledgeRecordsNoDelivery() {
        pledged(new PledgeWithdrawn(COALITION, PLEDGE, WithdrawalCause.NATION_DECISION))
                .when(new RecordDelivery(COALITION, PLEDGE, "delivery-1", personnel("40"), null))
                .expectException(violates("withdrawn-pledges-are-closed"))
                .expectNoEvents();
    }

    @Test
    void aPledgeThatFellWithItsMemberRecordsNoDelivery() {
        pledged(new MemberWithdrawn(COALITION, MEMBER),
                new PledgeWithdrawn(COALITION, PLEDGE, WithdrawalCause.MEMBER_WITHDREW))
                .when(new RecordDelivery(COALITION, PLEDGE, "delivery-1", personnel("40"), null))
                .expectException(violates("withdrawn-pledges-are-closed"))
                .expectNoEvents();
    }

    // --- revisions ---

    @Test
    void aPledgeIsRevised() {
        pledged().when(new RevisePledge(COALITION, PLEDGE, "revision-1", personnel("150"), LATER))
                .expectEvents(new PledgeRevised(COALITION, PLEDGE, "revision-1", personnel("150"), LATER));
    }

    @Test
    void aRevisionMayChangeOnlyTheDueDate() {
        pledged().when(new RevisePledge(COALITION, PLEDGE, "revision-1", personnel("100"), LATER))
                .expectEvents(new PledgeRevised(COALITION, PLEDGE, "revision-1", personnel("100"), LATER));
    }

    @Test
    void aRevisionMustChangeThePledge() {
        pledged().when(new RevisePledge(COALITION, PLEDGE, "revision-1", personnel("100"), DUE))
                .expectException(violates("revision-must-change-the-pledge"))
                .expectNoEvents();
    }

    @Test
    void theSameAmountWrittenWithAnotherScaleIsNoChange() {
        pledged().when(new RevisePledge(COALITION, PLEDGE, "revision-1", personnel("100.00"), DUE))
                .expectException(violates("revision-must-change-the-pledge"))
                .expectNoEvents();
    }

    @Test
    void aRevisionIsJudgedAgainstTheLatestRevision() {
        pledged(new PledgeRevised(COALITION, PLEDGE, "revision-1", personnel("80"), LATER))
                .when(new RevisePledge(COALITION, PLEDGE, "revision-2", personnel("80"), LATER))
                .expectException(violates("revision-must-change-the-pledge"))
                .expectNoEvents();
    }

    @Test
    void aRevisionMayReturnToTheOriginalCommitment() {
        pledged(new PledgeRevised(COALITION, PLEDGE, "revision-1", personnel("80"), LATER))
                .when(new RevisePledge(COALITION, PLEDGE, "revision-2", personnel("100"), DUE))
                .expectEvents(new PledgeRevised(COALITION, PLEDGE, "revision-2", personnel("100"), DUE));
    }

    @Test
    void aRevisionIsJudgedAgainstTheCorrectedEntry() {
        pledged(new PledgeEntryCorrected(COALITION, PLEDGE, PLEDGE, "event-of-the-pledge", personnel("120"), DUE,
                "typo"))
                .when(new RevisePledge(COALITION, PLEDGE, "revision-1", personnel("120"), DUE))
                .expectException(violates("revision-must-change-the-pledge"))
                .expectNoEvents();
    }

    @Test
    void aRevisionIsCountedInThePledgeUnit() {
        pledged().when(new RevisePledge(COALITION, PLEDGE, "revision-1", euros("150"), LATER))
                .expectException(violates("amounts-in-the-pledge-unit"))
                .expectNoEvents();
    }

    @Test
    void aRevisionCannotGoBelowWhatWasDelivered() {
        pledged(delivered("delivery-1", "40"), delivered("delivery-2", "20"))
                .when(new RevisePledge(COALITION, PLEDGE, "revision-1", personnel("59"), DUE))
                .expectException(violates("revision-not-below-delivered"))
                .expectNoEvents();
    }

    @Test
    void aRevisionMayComeDownToWhatWasDelivered() {
        pledged(delivered("delivery-1", "40"), delivered("delivery-2", "20"))
                .when(new RevisePledge(COALITION, PLEDGE, "revision-1", personnel("60"), DUE))
                .expectEvents(new PledgeRevised(COALITION, PLEDGE, "revision-1", personnel("60"), DUE));
    }

    @Test
    void whatWasDeliveredCountsCorrectedDeliveries() {
        pledged(delivered("delivery-1", "60"),
                new DeliveryCorrected(COALITION, PLEDGE, "delivery-1", "event-of-the-delivery", personnel("40"),
                        "miscounted"))
                .when(new RevisePledge(COALITION, PLEDGE, "revision-1", personnel("50"), DUE))
                .expectEvents(new PledgeRevised(COALITION, PLEDGE, "revision-1", personnel("50"), DUE));
    }

    @Test
    void aWithdrawnPledgeIsNotRevised() {
        pledged(new PledgeWithdrawn(COALITION, PLEDGE, WithdrawalCause.NATION_DECISION))
                .when(new RevisePledge(COALITION, PLEDGE, "revision-1", personnel("150"), LATER))
                .expectException(violates("withdrawn-pledges-are-closed"))
                .expectNoEvents();
    }

    @Test
    void aSuspendedMemberCannotChangeItsPledge() {
        pledged(new MemberSuspended(COALITION, MEMBER))
                .when(new RevisePledge(COALITION, PLEDGE, "revision-1", personnel("150"), LATER))
                .expectException(violates("only-active-members-pledge"))
                .expectNoEvents();
    }

    @Test
    void aWithdrawnMemberCannotReopenAFulfilledPledge() {
        pledged(delivered("delivery-1", "100"), new MemberWithdrawn(COALITION, MEMBER))
                .when(new RevisePledge(COALITION, PLEDGE, "revision-1", personnel("150"), LATER))
                .expectException(violates("only-active-members-pledge"))
                .expectNoEvents();
    }

    @Test
    void anUnknownPledgeIsNotRevised() {
        pledged().when(new RevisePledge(COALITION, "no-such-pledge", "revision-1", personnel("150"), LATER))
                .expectException(org.entente.platform.domain.UnknownEntity.class)
                .expectNoEvents();
    }

    // --- withdrawal ---

    @Test
    void aNationWithdrawsItsOpenPledge() {
        pledged().when(new WithdrawPledge(COALITION, PLEDGE))
                .expectEvents(new PledgeWithdrawn(COALITION, PLEDGE, WithdrawalCause.NATION_DECISION));
    }

    @Test
    void aPartlyDeliveredPledgeMayBeWithdrawn() {
        pledged(delivered("delivery-1", "99"))
                .when(new WithdrawPledge(COALITION, PLEDGE))
                .expectEvents(new PledgeWithdrawn(COALITION, PLEDGE, WithdrawalCause.NATION_DECISION));
    }

    @Test
    void aFulfilledPledgeCannotBeWithdrawn() {
        pledged(delivered("delivery-1", "60"), delivered("delivery-2", "40"))
                .when(new WithdrawPledge(COALITION, PLEDGE))
                .expectException(violates("fulfilled-pledges-stay"))
                .expectNoEvents();
    }

    @Test
    void aPledgeRevisedDownToWhatWasDeliveredIsFulfilled() {
        pledged(delivered("delivery-1", "60"),
                new PledgeRevised(COALITION, PLEDGE, "revision-1", personnel("60"), DUE))
                .when(new WithdrawPledge(COALITION, PLEDGE))
                .expectException(violates("fulfilled-pledges-stay"))
                .expectNoEvents();
    }

    @Test
    void aPledgeWhoseDeliveryIsCorrectedDownwardIsOpenAgain() {
        pledged(delivered("delivery-1", "100"),
                new DeliveryCorrected(COALITION, PLEDGE, "delivery-1", "event-of-the-delivery", personnel("90"),
                        "miscounted"))
                .when(new WithdrawPledge(COALITION, PLEDGE))
                .expectEvents(new PledgeWithdrawn(COALITION, PLEDGE, WithdrawalCause.NATION_DECISION));
    }

    @Test
    void aWithdrawnPledgeIsNotWithdrawnAgain() {
        pledged(new PledgeWithdrawn(COALITION, PLEDGE, WithdrawalCause.NATION_DECISION))
                .when(new WithdrawPledge(COALITION, PLEDGE))
                .expectException(violates("withdrawn-pledges-are-closed"))
                .expectNoEvents();
    }

    // --- corrections ---

    @Test
    void theOriginalEntryIsCorrectedNamingTheEventThatRecordedIt() {
        TestExecutor<Coalition> given = pledged();
        String pledgeMadeId = givenEventId(PledgeMade.class::isInstance);
        given.when(new CorrectPledgeEntry(COALITION, PLEDGE, PLEDGE, personnel("110"), DUE, "typo"))
                .expectEvents(new PledgeEntryCorrected(COALITION, PLEDGE, PLEDGE, pledgeMadeId, personnel("110"), DUE,
                        "typo"));
    }

    @Test
    void aRevisionIsCorrectedNamingTheEventThatRecordedIt() {
        TestExecutor<Coalition> given = pledged(
                new PledgeRevised(COALITION, PLEDGE, "revision-1", personnel("150"), LATER),
                new PledgeRevised(COALITION, PLEDGE, "revision-2", personnel("180"), LATER));
        String revisionId = givenEventId(e -> e instanceof PledgeRevised r && r.revisionId().equals("revision-1"));
        given.when(new CorrectPledgeEntry(COALITION, PLEDGE, "revision-1", personnel("140"), LATER, "typo"))
                .expectEvents(new PledgeEntryCorrected(COALITION, PLEDGE, "revision-1", revisionId, personnel("140"),
                        LATER, "typo"));
    }

    @Test
    void aCorrectedEntryIsCorrectedAgainAgainstItsOriginalEvent() {
        TestExecutor<Coalition> given = pledged();
        String pledgeMadeId = givenEventId(PledgeMade.class::isInstance);
        given.andGiven(new PledgeEntryCorrected(COALITION, PLEDGE, PLEDGE, pledgeMadeId, personnel("110"), DUE,
                        "typo"))
                .when(new CorrectPledgeEntry(COALITION, PLEDGE, PLEDGE, personnel("120"), DUE, "another typo"))
                .expectEventsMatching(exactSequenceOf(
                        messageWithPayload(predicate(payload -> payload instanceof PledgeEntryCorrected corrected
                                && corrected.entryId().equals(PLEDGE)
                                && pledgeMadeId.equals(corrected.correctsEventId())
                                && corrected.amount().equals(personnel("120")))),
                        andNoMore()));
    }

    @Test
    void aCorrectionMustReferenceAnEntryOfThePledge() {
        pledged(delivered("delivery-1", "40"))
                .when(new CorrectPledgeEntry(COALITION, PLEDGE, "revision-unknown", personnel("110"), DUE, "typo"))
                .expectException(violates("correction-must-reference-an-entry"))
                .expectNoEvents();
    }

    @Test
    void aDeliveryIsNotACommitmentEntry() {
        pledged(delivered("delivery-1", "40"))
                .when(new CorrectPledgeEntry(COALITION, PLEDGE, "delivery-1", personnel("110"), DUE, "typo"))
                .expectException(violates("correction-must-reference-an-entry"))
                .expectNoEvents();
    }

    @Test
    void anEntryCorrectionIsCountedInThePledgeUnit() {
        pledged().when(new CorrectPledgeEntry(COALITION, PLEDGE, PLEDGE, euros("110"), DUE, "typo"))
                .expectException(violates("amounts-in-the-pledge-unit"))
                .expectNoEvents();
    }

    @Test
    void aDeliveryIsCorrectedNamingTheEventThatRecordedIt() {
        TestExecutor<Coalition> given = pledged(delivered("delivery-1", "40"), delivered("delivery-2", "20"));
        String deliveryEventId = givenEventId(e -> e instanceof DeliveryRecorded d
                && d.deliveryId().equals("delivery-2"));
        given.when(new CorrectDelivery(COALITION, PLEDGE, "delivery-2", personnel("25"), "miscounted"))
                .expectEvents(new DeliveryCorrected(COALITION, PLEDGE, "delivery-2", deliveryEventId,
                        personnel("25"), "miscounted"));
    }

    @Test
    void aCorrectedDeliveryIsCorrectedAgainAgainstItsOriginalEvent() {
        TestExecutor<Coalition> given = pledged(delivered("delivery-1", "40"));
        String deliveryEventId = givenEventId(DeliveryRecorded.class::isInstance);
        given.andGiven(new DeliveryCorrected(COALITION, PLEDGE, "delivery-1", deliveryEventId, personnel("30"),
                        "miscounted"))
                .when(new CorrectDelivery(COALITION, PLEDGE, "delivery-1", personnel("35"), "miscounted again"))
                .expectEvents(new DeliveryCorrected(COALITION, PLEDGE, "delivery-1", deliveryEventId,
                        personnel("35"), "miscounted again"));
    }

    @Test
    void aDeliveryCorrectionMustReferenceADelivery() {
        pledged(delivered("delivery-1", "40"))
                .when(new CorrectDelivery(COALITION, PLEDGE, "delivery-unknown", personnel("25"), "miscounted"))
                .expectException(violates("correction-must-reference-an-entry"))
                .expectNoEvents();
    }

    @Test
    void aCommitmentEntryIsNotADelivery() {
        pledged().when(new CorrectDelivery(COALITION, PLEDGE, PLEDGE, personnel("25"), "miscounted"))
                .expectException(violates("correction-must-reference-an-entry"))
                .expectNoEvents();
    }

    @Test
    void aDeliveryCorrectionIsCountedInThePledgeUnit() {
        pledged(delivered("delivery-1", "40"))
                .when(new CorrectDelivery(COALITION, PLEDGE, "delivery-1", euros("25"), "miscounted"))
                .expectException(violates("amounts-in-the-pledge-unit"))
                .expectNoEvents();
    }

    @Test
    void aDeliveryRecordedByACommandIsCorrectedNamingItsEvent() {
        TestExecutor<Coalition> given = fixture.givenCommands(
                new FormCoalition(COALITION, "Unified Protector", CoalitionKind.AD_HOC,
                        CoalitionPurpose.PEACE_ENFORCEMENT, null, LEAD,
                        new Mandate(List.of("protect civilians"), "Libya", null), List.of(MEMBER)),
                makePledge(MEMBER),
                new RecordDelivery(COALITION, PLEDGE, "delivery-1", personnel("40"), null));
        String deliveryEventId = givenEventId(DeliveryRecorded.class::isInstance);
        given.when(new CorrectDelivery(COALITION, PLEDGE, "delivery-1", personnel("45"), "miscounted"))
                .expectEventsMatching(exactSequenceOf(
                        messageWithPayload(predicate(payload -> payload instanceof DeliveryCorrected corrected
                                && deliveryEventId.equals(corrected.correctsEventId())
                                && corrected.deliveryId().equals("delivery-1")
                                && corrected.amount().equals(personnel("45")))),
                        andNoMore()));
    }
}
