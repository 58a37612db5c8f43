package org.entente.membership.coalition;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.TestExecutor;
import org.entente.membership.member.MemberAdmitted;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.entente.testing.AggregateFixtures;

import java.time.LocalDate;
import java.util.List;


import static org.entente.membership.CoalitionFixtures.coalitionFixture;
import static org.entente.testing.AggregateFixtures.violates;

/**
 * The classification of a mandate amendment must match what it changes ({@link MandateAmendmentPolicy}), judged
 * against the coalition's current mandate.
 */
class MandateAmendmentTest {

    private static final String COALITION = "coalition-1";
    private static final String AMENDMENT = "amendment-1";
    private static final String PROTECT = "protect civilians";
    private static final String NO_FLY = "enforce the no-fly zone";
    private static final String EMBARGO = "enforce the arms embargo";
    private static final LocalDate EXPIRY = LocalDate.of(2011, 9, 27);
    private static final LegalBasis FOUNDING_RESOLUTION = new LegalBasis(
            LegalBasisType.UN_SECURITY_COUNCIL_RESOLUTION, "S/RES/1973 (2011)", null, LocalDate.of(2011, 3, 17));
    private static final LegalBasis NEW_RESOLUTION = new LegalBasis(
            LegalBasisType.UN_SECURITY_COUNCIL_RESOLUTION, "S/RES/2009 (2011)", null, LocalDate.of(2011, 9, 16));
    /** The mandate the coalition is formed with. */
    private static final Mandate CURRENT = new Mandate(List.of(PROTECT, NO_FLY), "Libya", EXPIRY);

    private AggregateTestFixture<Coalition> fixture;

    @BeforeEach
    void setUp() {
        fixture = coalitionFixture();
    }

    private TestExecutor<Coalition> coalitionWith(Mandate mandate) {
        return fixture.given(new CoalitionFormed(COALITION, "Unified Protector", CoalitionKind.AD_HOC,
                CoalitionPurpose.PEACE_ENFORCEMENT, FOUNDING_RESOLUTION, "FRA", mandate, null),
                new MemberAdmitted(COALITION, "FRA"));
    }

    private TestExecutor<Coalition> coalition() {
        return coalitionWith(CURRENT);
    }

    private static AmendMandate amend(AmendmentClass classification, Mandate mandate, LegalBasis legalBasis) {
        return new AmendMandate(COALITION, AMENDMENT, classification, mandate, legalBasis);
    }

    private static MandateAmended amended(AmendmentClass classification, Mandate mandate, LegalBasis legalBasis) {
        return new MandateAmended(COALITION, AMENDMENT, classification, mandate, legalBasis);
    }

    private static Mandate mandate(List<String> objectives, String area, LocalDate expiresOn) {
        return new Mandate(objectives, area, expiresOn);
    }


    private void expectRejected(AmendMandate amendment, String rule) {
        coalition().when(amendment).expectException(violates(rule)).expectNoEvents();
    }

    private void expectAccepted(AmendMandate amendment) {
        coalition().when(amendment)
                .expectSuccessfulHandlerExecution()
                .expectEvents(amended(amendment.classification(), amendment.mandate(), amendment.legalBasis()));
    }

    // --- any amendment ---

    @Test
    void anAmendmentThatChangesNothingIsRefused() {
        for (AmendmentClass classification : AmendmentClass.values()) {
            expectRejected(amend(classification, CURRENT, null), "an-amendment-changes-the-mandate");
        }
    }

    @Test
    void anUnchangedMandateOnANewLegalBasisIsStillJudgedByItsClassification() {
        expectRejected(amend(AmendmentClass.RENEWAL, CURRENT, NEW_RESOLUTION), "the-expiry-moves-later");
        expectRejected(amend(AmendmentClass.EXPANSION, CURRENT, NEW_RESOLUTION),
                "an-expansion-adds-objectives-or-area");
    }

    @Test
    void theNextAmendmentIsJudgedAgainstTheAmendedMandate() {
        Mandate extended = mandate(List.of(PROTECT, NO_FLY), "Libya", LocalDate.of(2011, 12, 27));
        coalition()
                .andGiven(amended(AmendmentClass.EXTENSION, extended, null))
                .when(amend(AmendmentClass.EXTENSION, mandate(List.of(PROTECT, NO_FLY), "Libya",
                        LocalDate.of(2011, 10, 31)), null))
                .expectException(violates("the-expiry-moves-later"));
    }

    // --- EXPANSION ---

    @Test
    void anExpansionMayAddObjectives() {
        expectAccepted(amend(AmendmentClass.EXPANSION, mandate(List.of(PROTECT, NO_FLY, EMBARGO), "Libya", EXPIRY),
                NEW_RESOLUTION));
    }

    @Test
    void anExpansionMayChangeTheAreaAlone() {
        expectAccepted(amend(AmendmentClass.EXPANSION,
                mandate(List.of(PROTECT, NO_FLY), "Libya and the Central Mediterranean", EXPIRY), null));
    }

    @Test
    void anExpansionThatAddsNoObjectiveAndKeepsTheAreaIsRefused() {
        expectRejected(amend(AmendmentClass.EXPANSION, mandate(List.of(PROTECT), "Libya", EXPIRY), null),
                "an-expansion-adds-objectives-or-area");
        expectRejected(amend(AmendmentClass.EXPANSION,
                mandate(List.of(PROTECT, NO_FLY), "Libya", LocalDate.of(2011, 12, 27)), null),
                "an-expansion-adds-objectives-or-area");
    }

    // --- CONTRACTION ---

    @Test
    void aContractionMayRemoveObjectives() {
        expectAccepted(amend(AmendmentClass.CONTRACTION, mandate(List.of(PROTECT), "Libya", EXPIRY), null));
    }

    @Test
    void aContractionMayNarrowTheArea() {
        expectAccepted(amend(AmendmentClass.CONTRACTION, mandate(List.of(PROTECT, NO_FLY), "Eastern Libya", EXPIRY),
                null));
    }

    @Test
    void aContractionMayBringTheExpiryForward() {
        expectAccepted(amend(AmendmentClass.CONTRACTION, mandate(List.of(PROTECT), "Libya", LocalDate.of(2011, 8, 1)),
                null));
    }

    @Test
    void aContractionCannotAddObjectives() {
        expectRejected(amend(AmendmentClass.CONTRACTION, mandate(List.of(PROTECT, EMBARGO), "Libya", EXPIRY), null),
                "added-objectives-are-an-expansion");
    }

    @Test
    void aContractionMustRemoveObjectivesOrChangeTheArea() {
        expectRejected(amend(AmendmentClass.CONTRACTION,
                mandate(List.of(PROTECT, NO_FLY), "Libya", LocalDate.of(2011, 8, 1)), null),
                "a-contraction-removes-objectives-or-area");
    }

    @Test
    void aContractionCannotMoveTheExpiryLater() {
        expectRejected(amend(AmendmentClass.CONTRACTION,
                mandate(List.of(PROTECT), "Libya", LocalDate.of(2011, 12, 27)), null),
                "a-contraction-does-not-extend");
    }

    @Test
    void aContractionCannotMakeTheMandateOpenEnded() {
        expectRejected(amend(AmendmentClass.CONTRACTION, mandate(List.of(PROTECT), "Libya", null), null),
                "a-contraction-does-not-extend");
    }

    @Test
    void aContractionOfAnOpenEndedMandateMayStayOpenEnded() {
        Mandate openEnded = mandate(List.of(PROTECT, NO_FLY), "Libya", null);
        Mandate contracted = mandate(List.of(PROTECT), "Libya", null);
        coalitionWith(openEnded)
                .when(amend(AmendmentClass.CONTRACTION, contracted, null))
                .expectEvents(amended(AmendmentClass.CONTRACTION, contracted, null));
    }

    // --- EXTENSION ---

    @Test
    void anExtensionMovesTheExpiryLater() {
        expectAccepted(amend(AmendmentClass.EXTENSION,
                mandate(List.of(PROTECT, NO_FLY), "Libya", LocalDate.of(2011, 12, 27)), NEW_RESOLUTION));
    }

    @Test
    void anExtensionCannotAddObjectives() {
        expectRejected(amend(AmendmentClass.EXTENSION,
                mandate(List.of(PROTECT, NO_FLY, EMBARGO), "Libya", LocalDate.of(2011, 12, 27)), null),
                "added-objectives-are-an-expansion");
    }

    @Test
    void anExtensionCannotRemoveObjectives() {
        expectRejected(amend(AmendmentClass.EXTENSION,
                mandate(List.of(PROTECT), "Libya", LocalDate.of(2011, 12, 27)), null),
                "an-extension-changes-only-the-expiry");
    }

    @Test
    void anExtensionCannotChangeTheArea() {
        expectRejected(amend(AmendmentClass.EXTENSION,
                mandate(List.of(PROTECT, NO_FLY), "Eastern Libya", LocalDate.of(2011, 12, 27)), null),
                "an-extension-changes-only-the-expiry");
    }

    @Test
    void anExtensionMustMoveTheExpiryLater() {
        expectRejected(amend(AmendmentClass.EXTENSION,
                mandate(List.of(PROTECT, NO_FLY), "Libya", LocalDate.of(2011, 8, 1)), null),
                "the-expiry-moves-later");
        expectRejected(amend(AmendmentClass.EXTENSION, CURRENT, NEW_RESOLUTION), "the-expiry-moves-later");
    }

    @Test
    void anExtensionCannotMakeTheMandateOpenEnded() {
        expectRejected(amend(AmendmentClass.EXTENSION, mandate(List.of(PROTECT, NO_FLY), "Libya", null), null),
                "the-expiry-moves-later");
    }

    @Test
    void anOpenEndedMandateHasNoExpiryToExtend() {
        coalitionWith(mandate(List.of(PROTECT, NO_FLY), "Libya", null))
                .when(amend(AmendmentClass.EXTENSION, CURRENT, null))
                .expectException(violates("an-open-ended-mandate-has-no-expiry-to-extend"))
                .expectNoEvents();
    }

    // --- RENEWAL ---

    @Test
    void aRenewalRestsOnANewLegalBasisWithALaterExpiry() {
        expectAccepted(amend(AmendmentClass.RENEWAL,
                mandate(List.of(PROTECT, NO_FLY), "Libya", LocalDate.of(2012, 3, 27)), NEW_RESOLUTION));
    }

    @Test
    void aRenewalMayAlsoNarrowTheMandate() {
        expectAccepted(amend(AmendmentClass.RENEWAL,
                mandate(List.of(PROTECT), "Eastern Libya", LocalDate.of(2012, 3, 27)), NEW_RESOLUTION));
    }

    @Test
    void aRenewalNeedsALegalBasis() {
        expectRejected(amend(AmendmentClass.RENEWAL,
                mandate(List.of(PROTECT, NO_FLY), "Libya", LocalDate.of(2012, 3, 27)), null),
                "a-renewal-has-a-legal-basis");
    }

    @Test
    void aRenewalCannotAddObjectives() {
        expectRejected(amend(AmendmentClass.RENEWAL,
                mandate(List.of(PROTECT, NO_FLY, EMBARGO), "Libya", LocalDate.of(2012, 3, 27)), NEW_RESOLUTION),
                "added-objectives-are-an-expansion");
    }

    @Test
    void aRenewalMustMoveTheExpiryLater() {
        expectRejected(amend(AmendmentClass.RENEWAL,
                mandate(List.of(PROTECT, NO_FLY), "Libya", LocalDate.of(2011, 8, 1)), NEW_RESOLUTION),
                "the-expiry-moves-later");
    }

    @Test
    void aRenewalCannotBeOpenEnded() {
        expectRejected(amend(AmendmentClass.RENEWAL, mandate(List.of(PROTECT, NO_FLY), "Libya", null),
                NEW_RESOLUTION), "a-renewal-sets-an-expiry");
    }

    @Test
    void anOpenEndedMandateMayBeRenewedForATermOnANewBasis() {
        Mandate openEnded = mandate(List.of(PROTECT, NO_FLY), "Libya", null);
        Mandate forATerm = mandate(List.of(PROTECT, NO_FLY), "Libya", LocalDate.of(2012, 3, 27));
        coalitionWith(openEnded)
                .when(amend(AmendmentClass.RENEWAL, forATerm, NEW_RESOLUTION))
                .expectSuccessfulHandlerExecution()
                .expectEvents(amended(AmendmentClass.RENEWAL, forATerm, NEW_RESOLUTION));
    }
}
