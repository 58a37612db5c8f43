package org.entente.basing.view;

import org.entente.basing.clearance.ClearanceGranted;
import org.entente.basing.clearance.ClearanceReinstated;
import org.entente.basing.clearance.ClearanceKind;
import org.entente.basing.clearance.ClearancePurpose;
import org.entente.basing.clearance.ClearanceRequested;
import org.entente.basing.clearance.ClearanceStatus;
import org.entente.basing.clearance.ClearanceSuspended;
import org.entente.basing.clearance.ClearanceSuspensionCause;

import org.entente.basing.agreement.AgreementStage;
import org.entente.basing.agreement.AgreementStatus;
import org.entente.basing.agreement.BasingAgreementAdvanced;
import org.entente.basing.agreement.BasingAgreementRenewed;
import org.entente.basing.agreement.BasingAgreementRequested;
import org.entente.basing.agreement.BasingAgreementRestricted;
import org.entente.basing.agreement.BasingAgreementStageSigned;
import org.entente.basing.agreement.BasingAgreementSuspended;
import org.entente.basing.agreement.HostStanding;
import org.entente.basing.agreement.SigningParty;
import org.entente.basing.agreement.SuspensionCause;
import org.entente.basing.sustainment.ReflagCause;
import org.entente.basing.sustainment.SupplyClass;
import org.entente.basing.sustainment.SustainmentDelivered;
import org.entente.basing.sustainment.SustainmentReflagged;
import org.entente.basing.sustainment.SustainmentRequested;
import org.entente.basing.sustainment.SustainmentShortfallFlagged;
import org.entente.basing.sustainment.SustainmentStatus;
import org.entente.basing.theatre.Activity;
import org.entente.platform.decision.Decision;
import org.entente.platform.history.Perspective;
import org.entente.platform.history.RecordedEvent;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.basing.theatre.Activity.ISR;
import static org.entente.basing.theatre.Activity.LOGISTICS;
import static org.entente.basing.theatre.Activity.STRIKE;

/** The read side's two time axes, on hand-made histories. */
class TimelineTest {

    private static final Instant RECORDED = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant LATER = Instant.parse("2026-06-01T00:00:00Z");
    private static final Instant UNTIL = day(9, 27);
    private static final List<Activity> ALL = List.of(LOGISTICS, ISR, STRIKE);
    private final List<RecordedEvent> history = new ArrayList<>();

    private void record(Object payload, Instant effective, Instant recorded) {
        Decision decision = new Decision("planner", "ITA", List.of("planner"), null, null, effective, "c",
                "cause-" + history.size(), null, null, null);
        history.add(new RecordedEvent("e" + history.size(), "a-1", "BasingAgreement", history.size(), recorded,
                decision, "hash", payload));
    }

    private static Instant day(int month, int day) {
        return Instant.parse("2011-%02d-%02dT00:00:00Z".formatted(month, day));
    }

    private void agreementInForceFrom(Instant inForce) {
        record(new BasingAgreementRequested("a-1", "c-1", "ITA", "Aviano", AgreementStatus.REQUESTED, ALL, UNTIL,
                day(3, 20), 1200, 24, HostStanding.ACTIVE_MEMBER, null), day(3, 1), RECORDED);
        for (AgreementStage stage : AgreementStage.values()) {
            record(new BasingAgreementAdvanced("a-1", "c-1", "ITA", "Aviano", stage.status(), ALL, UNTIL, day(3, 20),
                    stage),
                    stage == AgreementStage.IN_FORCE ? inForce : day(3, 5), RECORDED);
        }
    }

    private AgreementState agreementAt(Instant asOf, Instant knownAt) {
        return AgreementTimeline.at(history, new Perspective(asOf, knownAt)).orElseThrow();
    }

    @Test
    void aBasePermitsItsActivitiesOnlyWhileInForceAndWithinItsValidity() {
        agreementInForceFrom(day(3, 24));
        record(new BasingAgreementRestricted("a-1", "c-1", "ITA", "Aviano", AgreementStatus.IN_FORCE,
                List.of(LOGISTICS, ISR), UNTIL, day(3, 20), List.of(STRIKE), "no strikes"), day(4, 1),
                RECORDED.plusSeconds(5));

        assertThat(agreementAt(day(3, 22), LATER).permitsNow()).as("not yet in force").isEmpty();
        assertThat(agreementAt(day(3, 22), LATER).status()).isEqualTo(AgreementStatus.TECHNICAL_ARRANGEMENT_SIGNED);
        assertThat(agreementAt(day(3, 25), LATER).permitsNow()).containsExactly(LOGISTICS, ISR, STRIKE);
        assertThat(agreementAt(day(4, 2), LATER).permitsNow()).containsExactly(LOGISTICS, ISR);
        assertThat(agreementAt(day(4, 2), LATER).reason()).isEqualTo("no strikes");
        assertThat(agreementAt(day(9, 28), LATER).permitsNow()).as("past its validity").isEmpty();
        assertThat(agreementAt(day(9, 28), LATER).status()).as("nobody recorded the expiry")
                .isEqualTo(AgreementStatus.IN_FORCE);
    }

    @Test
    void theStatePendingASecondSignatureShowsWhichPartySignedAndKeepsTheStatus() {
        record(new BasingAgreementRequested("a-1", "c-1", "ITA", "Aviano", AgreementStatus.REQUESTED, ALL, UNTIL,
                day(3, 20), 1200, 24, HostStanding.ACTIVE_MEMBER, null), day(3, 1), RECORDED);
        record(new BasingAgreementStageSigned("a-1", "c-1", "ITA", "Aviano", AgreementStatus.REQUESTED, ALL, UNTIL,
                day(3, 20), AgreementStage.MOU_SIGNED, SigningParty.HOST_NATION), day(3, 2), RECORDED);

        AgreementState signedByTheHost = agreementAt(LATER, LATER);
        assertThat(signedByTheHost.status()).isEqualTo(AgreementStatus.REQUESTED);
        assertThat(signedByTheHost.pendingStage()).isEqualTo(AgreementStage.MOU_SIGNED);
        assertThat(signedByTheHost.signedBy()).containsExactly(SigningParty.HOST_NATION);
        assertThat(signedByTheHost.steps()).extracting(Step::event).endsWith("BasingAgreementStageSigned");
        assertThat(agreementAt(day(3, 1), LATER).signedBy()).as("before the signature took effect").isEmpty();

        record(new BasingAgreementAdvanced("a-1", "c-1", "ITA", "Aviano", AgreementStatus.MOU_SIGNED, ALL, UNTIL,
                day(3, 20), AgreementStage.MOU_SIGNED), day(3, 3), RECORDED);
        AgreementState signedByBoth = agreementAt(LATER, LATER);
        assertThat(signedByBoth.status()).isEqualTo(AgreementStatus.MOU_SIGNED);
        assertThat(signedByBoth.pendingStage()).isNull();
        assertThat(signedByBoth.signedBy()).isEmpty();

        record(new BasingAgreementStageSigned("a-1", "c-1", "ITA", "Aviano", AgreementStatus.MOU_SIGNED, ALL, UNTIL,
                day(3, 20), AgreementStage.TECHNICAL_ARRANGEMENT_SIGNED, SigningParty.COALITION), day(3, 4),
                RECORDED);
        assertThat(agreementAt(LATER, LATER).signedBy()).containsExactly(SigningParty.COALITION);
        record(new BasingAgreementSuspended("a-1", "c-1", "ITA", "Aviano", AgreementStatus.SUSPENDED, ALL, UNTIL,
                day(3, 20), SuspensionCause.MEMBER_SUSPENDED, null), day(3, 5), RECORDED);
        assertThat(agreementAt(LATER, LATER).pendingStage()).as("a suspension voids the signature pending").isNull();
    }

    @Test
    void whatWasNotYetRecordedIsNotKnown() {
        agreementInForceFrom(day(3, 24));
        record(new BasingAgreementRestricted("a-1", "c-1", "ITA", "Aviano", AgreementStatus.IN_FORCE,
                List.of(LOGISTICS), UNTIL, day(3, 20), List.of(ISR, STRIKE), null), day(4, 1), LATER);

        assertThat(agreementAt(day(4, 2), LATER.minusSeconds(1)).permitsNow()).containsExactly(LOGISTICS, ISR, STRIKE);
        assertThat(agreementAt(day(4, 2), LATER).permitsNow()).containsExactly(LOGISTICS);
        assertThat(agreementAt(day(4, 2), LATER).version()).isEqualTo(4);
        assertThat(AgreementTimeline.at(history, new Perspective(day(2, 1), LATER))).as("not yet requested").isEmpty();
        assertThat(AgreementTimeline.at(history, new Perspective(day(4, 2), RECORDED.minusSeconds(1)))).isEmpty();
    }

    @Test
    void aCascadeDatedBeforeTheAgreementTakesEffectWithTheLastFactRecordedBeforeIt() {
        agreementInForceFrom(day(3, 24));
        record(new BasingAgreementSuspended("a-1", "c-1", "ITA", "Aviano", AgreementStatus.SUSPENDED, ALL, UNTIL,
                day(3, 20),
                SuspensionCause.MEMBER_WITHDRAWN, null), day(2, 1), RECORDED.plusSeconds(5));

        AgreementState now = agreementAt(LATER, LATER);
        assertThat(now.status()).as("as the aggregate has it: recorded last, it is the current state")
                .isEqualTo(AgreementStatus.SUSPENDED);
        assertThat(now.steps()).extracting(Step::status).containsExactly("REQUESTED", "MOU_SIGNED",
                "TECHNICAL_ARRANGEMENT_SIGNED", "IN_FORCE", "SUSPENDED");
        assertThat(now.steps().get(4).causationId()).isEqualTo("cause-4");
        assertThat(agreementAt(day(3, 23), LATER).status()).as("before the in-force date it overtakes")
                .isEqualTo(AgreementStatus.TECHNICAL_ARRANGEMENT_SIGNED);
    }

    @Test
    void aBackdatedCascadeRecordedAfterLaterFactsIsNotOvertakenByThem() {
        agreementInForceFrom(day(3, 1));
        // the restriction effective 10 March is recorded on the day; the withdrawal cascade effective 1 March only on
        // 15 March, when the inbox caught up: it must not sort before the restriction and be undone by its view
        record(new BasingAgreementRestricted("a-1", "c-1", "ITA", "Aviano", AgreementStatus.IN_FORCE,
                List.of(LOGISTICS, ISR), UNTIL, day(3, 20), List.of(STRIKE), "no strikes"), day(3, 10),
                RECORDED.plusSeconds(5));
        record(new BasingAgreementSuspended("a-1", "c-1", "ITA", "Aviano", AgreementStatus.SUSPENDED,
                List.of(LOGISTICS, ISR), UNTIL, day(3, 20), SuspensionCause.MEMBER_WITHDRAWN, null), day(3, 1),
                RECORDED.plusSeconds(10));

        AgreementState now = agreementAt(LATER, LATER);
        assertThat(now.status()).isEqualTo(AgreementStatus.SUSPENDED);
        assertThat(now.permitsNow()).isEmpty();
        assertThat(now.suspensionCause()).isEqualTo(SuspensionCause.MEMBER_WITHDRAWN);
        assertThat(now.steps()).extracting(Step::status).containsExactly("REQUESTED", "MOU_SIGNED",
                "TECHNICAL_ARRANGEMENT_SIGNED", "IN_FORCE", "IN_FORCE", "SUSPENDED");
        assertThat(agreementAt(day(3, 11), LATER).status()).as("takes effect with the restriction")
                .isEqualTo(AgreementStatus.SUSPENDED);
        // the ordinary as-of reads are unchanged
        assertThat(agreementAt(day(3, 5), LATER).permittedActivities()).containsExactly(LOGISTICS, ISR, STRIKE);
        assertThat(agreementAt(day(3, 5), LATER).status()).isEqualTo(AgreementStatus.IN_FORCE);
        assertThat(agreementAt(day(4, 1), RECORDED.plusSeconds(7)).permitsNow()).as("known before the cascade")
                .containsExactly(LOGISTICS, ISR);
    }

    @Test
    void aBackdatedClearanceSuspensionRecordedLastIsTheCurrentState() {
        history.clear();
        record(new ClearanceRequested("k-1", "c-1", "USA", "ITA", ClearanceKind.ANNUAL, ClearanceStatus.REQUESTED,
                ClearancePurpose.OVERFLIGHT, "C-17", day(3, 20), 30, false), day(3, 1), RECORDED);
        record(new ClearanceGranted("k-1", "c-1", "USA", "ITA", ClearanceKind.ANNUAL, ClearanceStatus.GRANTED,
                "IT-1", UNTIL, List.of()), day(3, 10), RECORDED.plusSeconds(5));
        record(new ClearanceSuspended("k-1", "c-1", "USA", "ITA", ClearanceKind.ANNUAL, ClearanceStatus.SUSPENDED,
                ClearanceSuspensionCause.MEMBER_WITHDRAWN), day(3, 5), RECORDED.plusSeconds(10));

        ClearanceState now = ClearanceTimeline.at(history, new Perspective(LATER, LATER)).orElseThrow();
        assertThat(now.status()).isEqualTo(ClearanceStatus.SUSPENDED);
        ClearanceState before = ClearanceTimeline.at(history, new Perspective(day(3, 8), LATER)).orElseThrow();
        assertThat(before.status()).isEqualTo(ClearanceStatus.REQUESTED);
    }

    @Test
    void aRequestIsOverdueAfterItsNeedByTimeAndShowsItsReflags() {
        history.clear();
        record(new SustainmentRequested("s-1", "c-1", "force-1", "ITA", SupplyClass.III, new BigDecimal("120"), "t",
                day(4, 2), "a-1", null, SustainmentStatus.REQUESTED), day(3, 25), RECORDED);
        record(new SustainmentDelivered("s-1", "c-1", "d-1", new BigDecimal("80"), new BigDecimal("80"),
                SustainmentStatus.PARTLY_FULFILLED), day(3, 30), RECORDED);
        record(new SustainmentReflagged("s-1", "c-1", "a-1", ReflagCause.AGREEMENT_SUSPENDED,
                SustainmentStatus.SHORTFALL), day(4, 1), RECORDED);

        SustainmentState before = SustainmentTimeline.at(history, new Perspective(day(3, 31), LATER)).orElseThrow();
        assertThat(before.status()).isEqualTo(SustainmentStatus.PARTLY_FULFILLED);
        assertThat(before.outstanding()).isEqualByComparingTo("40");
        assertThat(before.overdue()).isFalse();
        assertThat(before.reflags()).isEmpty();

        SustainmentState after = SustainmentTimeline.at(history, new Perspective(day(4, 3), LATER)).orElseThrow();
        assertThat(after.status()).isEqualTo(SustainmentStatus.SHORTFALL);
        assertThat(after.overdue()).isTrue();
        assertThat(after.reflags()).singleElement().satisfies(r -> {
            assertThat(r.cause()).isEqualTo(ReflagCause.AGREEMENT_SUSPENDED);
            assertThat(r.causationId()).isEqualTo("cause-2");
        });
    }

    // ---- releasability: EventHistory leaves out the events a reader may not see; the folds must not need them ----

    /** The history without the events at {@code hidden} (their sequences), as a reader of another nation gets it. */
    private List<RecordedEvent> without(Integer... hidden) {
        List<Integer> left = List.of(hidden);
        return history.stream().filter(e -> !left.contains((int) e.sequence())).toList();
    }

    @Test
    void aHiddenRestrictionIsNotReflectedByTheRenewalThatRestatesIt() {
        agreementInForceFrom(day(3, 24));
        record(new BasingAgreementRestricted("a-1", "c-1", "ITA", "Aviano", AgreementStatus.IN_FORCE,
                List.of(LOGISTICS), UNTIL, day(3, 20), List.of(ISR, STRIKE), "no overflight"), day(4, 1), RECORDED);
        Instant renewedUntil = Instant.parse("2012-09-27T00:00:00Z");
        record(new BasingAgreementRenewed("a-1", "c-1", "ITA", "Aviano", AgreementStatus.IN_FORCE,
                List.of(LOGISTICS), renewedUntil, day(3, 20), UNTIL), day(5, 1), RECORDED);

        AgreementState all = AgreementTimeline.at(history, new Perspective(LATER, LATER)).orElseThrow();
        assertThat(all.permittedActivities()).containsExactly(LOGISTICS);
        AgreementState withoutRestriction = AgreementTimeline.at(without(4), new Perspective(day(6, 1), LATER))
                .orElseThrow();
        assertThat(withoutRestriction.permittedActivities()).containsExactly(LOGISTICS, ISR, STRIKE);
        assertThat(withoutRestriction.permitsNow()).containsExactly(LOGISTICS, ISR, STRIKE);
        assertThat(withoutRestriction.validUntil()).isEqualTo(renewedUntil);
        assertThat(withoutRestriction.reason()).isNull();
        assertThat(withoutRestriction.steps()).extracting(Step::event).doesNotContain("BasingAgreementRestricted");
    }

    @Test
    void aHiddenSuspensionIsNotReflectedByTheRenewalThatKeepsIt() {
        agreementInForceFrom(day(3, 24));
        record(new BasingAgreementSuspended("a-1", "c-1", "ITA", "Aviano", AgreementStatus.SUSPENDED, ALL, UNTIL,
                day(3, 20), SuspensionCause.DECISION, "runway works"), day(4, 1), RECORDED);
        record(new BasingAgreementRenewed("a-1", "c-1", "ITA", "Aviano", AgreementStatus.SUSPENDED, ALL,
                Instant.parse("2012-09-27T00:00:00Z"), day(3, 20), UNTIL), day(5, 1), RECORDED);

        assertThat(agreementAt(day(6, 1), LATER).status()).isEqualTo(AgreementStatus.SUSPENDED);
        AgreementState hidden = AgreementTimeline.at(without(4), new Perspective(day(6, 1), LATER)).orElseThrow();
        assertThat(hidden.status()).isEqualTo(AgreementStatus.IN_FORCE);
        assertThat(hidden.suspensionCause()).isNull();
        assertThat(hidden.permitsNow()).containsExactly(LOGISTICS, ISR, STRIKE);
    }

    @Test
    void aClearanceReinstatedAfterAHiddenGrantReadsAsGrantedWithoutItsTerms() {
        history.clear();
        record(new ClearanceRequested("k-1", "c-1", "USA", "ITA", ClearanceKind.ANNUAL, ClearanceStatus.REQUESTED,
                ClearancePurpose.OVERFLIGHT, "C-17", day(3, 20), 30, false), day(3, 1), RECORDED);
        record(new ClearanceGranted("k-1", "c-1", "USA", "ITA", ClearanceKind.ANNUAL, ClearanceStatus.GRANTED,
                "IT-1", UNTIL, List.of("no night landings")), day(3, 10), RECORDED);
        record(new ClearanceSuspended("k-1", "c-1", "USA", "ITA", ClearanceKind.ANNUAL, ClearanceStatus.SUSPENDED,
                ClearanceSuspensionCause.MEMBER_SUSPENDED), day(4, 1), RECORDED);
        record(new ClearanceReinstated("k-1", "c-1", "USA", "ITA", ClearanceKind.ANNUAL, ClearanceStatus.GRANTED),
                day(4, 10), RECORDED);

        assertThat(ClearanceTimeline.at(history, new Perspective(day(5, 1), LATER)).orElseThrow().validNow()).isTrue();
        ClearanceState hidden = ClearanceTimeline.at(without(1), new Perspective(day(5, 1), LATER)).orElseThrow();
        assertThat(hidden.status()).isEqualTo(ClearanceStatus.GRANTED);
        assertThat(hidden.clearanceNumber()).isNull();
        assertThat(hidden.conditions()).isEmpty();
        assertThat(hidden.validNow()).isFalse();
    }

    @Test
    void aHiddenDeliveryIsNotCountedByTheShortfallThatFollowsIt() {
        history.clear();
        record(new SustainmentRequested("s-1", "c-1", "force-1", "ITA", SupplyClass.III, new BigDecimal("120"), "t",
                day(4, 2), "a-1", null, SustainmentStatus.REQUESTED), day(3, 25), RECORDED);
        record(new SustainmentDelivered("s-1", "c-1", "d-1", new BigDecimal("80"), new BigDecimal("80"),
                SustainmentStatus.PARTLY_FULFILLED), day(3, 30), RECORDED);
        record(new SustainmentShortfallFlagged("s-1", "c-1", "no fuel trucks", new BigDecimal("40"),
                SustainmentStatus.SHORTFALL), day(3, 31), RECORDED);
        record(new SustainmentDelivered("s-1", "c-1", "d-2", new BigDecimal("10"), new BigDecimal("90"),
                SustainmentStatus.PARTLY_FULFILLED), day(4, 1), RECORDED);

        SustainmentState hidden = SustainmentTimeline.at(without(1), new Perspective(LATER, LATER)).orElseThrow();
        assertThat(hidden.delivered()).isEqualByComparingTo("10");
        assertThat(hidden.outstanding()).isEqualByComparingTo("110");
        assertThat(hidden.status()).isEqualTo(SustainmentStatus.PARTLY_FULFILLED);
        assertThat(SustainmentTimeline.at(history, new Perspective(LATER, LATER)).orElseThrow().delivered())
                .isEqualByComparingTo("90");
    }
}
