package org.entente.membership.view;

import org.entente.membership.coalition.CoalitionFormed;
import org.entente.membership.coalition.CoalitionKind;
import org.entente.membership.coalition.CoalitionPurpose;
import org.entente.membership.coalition.LegalBasis;
import org.entente.membership.coalition.LegalBasisType;
import org.entente.membership.coalition.Mandate;
import org.entente.membership.member.MemberAdmitted;
import org.entente.membership.member.MemberStatus;
import org.entente.membership.member.MemberSuspended;
import org.entente.membership.pledge.Amount;
import org.entente.membership.pledge.DeliveryCorrected;
import org.entente.membership.pledge.DeliveryRecorded;
import org.entente.membership.pledge.PledgeCategory;
import org.entente.membership.pledge.PledgeMade;
import org.entente.platform.decision.Decision;
import org.entente.platform.history.Perspective;
import org.entente.platform.history.RecordedEvent;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The read side's two time axes, on hand-made histories. */
class CoalitionTimelineTest {

    private static final Instant RECORDED = Instant.parse("2026-01-01T00:00:00Z");
    private final List<RecordedEvent> history = new ArrayList<>();

    private RecordedEvent record(Object payload, Instant effective, Instant recorded) {
        Decision decision = new Decision("planner", "GBR", List.of("planner"), null, null, effective, "c", "c", null,
                null, null);
        RecordedEvent event = new RecordedEvent("e" + history.size(), "c-1", "Coalition", history.size(), recorded,
                decision, "hash", payload);
        history.add(event);
        return event;
    }

    private void formed(Instant effective) {
        record(new CoalitionFormed("c-1", "Unified Protector", CoalitionKind.AD_HOC, CoalitionPurpose.PEACE_ENFORCEMENT,
                new LegalBasis(LegalBasisType.UN_SECURITY_COUNCIL_RESOLUTION, "S/RES/1973 (2011)", null, null), "USA",
                new Mandate(List.of("enforce the no-fly zone"), "Libya", null), null), effective, RECORDED);
        record(new MemberAdmitted("c-1", "USA"), effective, RECORDED);
        record(new MemberAdmitted("c-1", "NOR"), effective, RECORDED);
    }

    private static Amount aircraft(int n) {
        return new Amount(BigDecimal.valueOf(n), "aircraft");
    }

    private static Instant day(int dayOfMarch) {
        return Instant.parse("2011-03-%02dT00:00:00Z".formatted(dayOfMarch));
    }

    private CoalitionView at(Instant asOf, Instant knownAt) {
        return CoalitionTimeline.at(history, new Perspective(asOf, knownAt));
    }

    @Test
    void aDeliveryDatedBeforeItsPledgeTakesEffectWithThePledgeInsteadOfBeingLost() {
        formed(day(19));
        record(new PledgeMade("c-1", "p-1", "NOR", PledgeCategory.FORCES, aircraft(6), LocalDate.of(2011, 3, 31), null),
                day(25), RECORDED.plusSeconds(10));
        record(new DeliveryRecorded("c-1", "p-1", "d-1", aircraft(4), null), day(22), RECORDED.plusSeconds(20));

        PledgeState now = at(Instant.parse("2026-06-01T00:00:00Z"), Instant.parse("2026-06-01T00:00:00Z"))
                .pledges().get(0);
        assertThat(now.delivered().value()).isEqualByComparingTo("4");
        assertThat(now.deliveries().get(0).deliveredAt()).as("keeps its own date").isEqualTo(day(22));
        assertThat(at(day(23), RECORDED.plusSeconds(30)).pledges()).as("no pledge yet on the 23rd").isEmpty();
    }

    @Test
    void aSuspensionDatedBeforeTheAdmissionWaitsForTheAdmission() {
        formed(day(19));
        record(new MemberSuspended("c-1", "SWE"), day(20), RECORDED.plusSeconds(20));
        record(new MemberAdmitted("c-1", "SWE"), day(21), RECORDED.plusSeconds(10));

        MemberState sweden = at(day(30), RECORDED.plusSeconds(30)).members().stream()
                .filter(m -> m.nation().equals("SWE")).findFirst().orElseThrow();
        assertThat(sweden.status()).isEqualTo(MemberStatus.SUSPENDED);
        assertThat(sweden.admittedAt()).isEqualTo(day(21));
    }

    @Test
    void nothingIsTrueOfACoalitionBeforeItWasFormedAndNothingIsKnownBeforeItWasRecorded() {
        formed(day(19));

        assertThat(at(day(18), RECORDED).exists()).isFalse();
        assertThat(at(day(19), RECORDED.minusSeconds(1)).exists()).isFalse();
        assertThat(at(day(19), RECORDED).members()).hasSize(2);
    }

    @Test
    void aCorrectionRewritesTheEntryFromItsOwnDateOnceItIsKnown() {
        formed(day(19));
        record(new PledgeMade("c-1", "p-1", "NOR", PledgeCategory.FORCES, aircraft(6), LocalDate.of(2011, 3, 31), null),
                day(20), RECORDED);
        RecordedEvent delivery = record(new DeliveryRecorded("c-1", "p-1", "d-1", aircraft(6), null), day(22), RECORDED);
        Instant correctedAt = RECORDED.plusSeconds(3600);
        record(new DeliveryCorrected("c-1", "p-1", "d-1", delivery.eventId(), aircraft(4), "double-counted"),
                Instant.parse("2026-01-02T00:00:00Z"), correctedAt);

        assertThat(at(day(23), correctedAt).pledges().get(0).delivered().value()).isEqualByComparingTo("4");
        assertThat(at(day(23), correctedAt).pledges().get(0).deliveries().get(0).corrected()).isTrue();
        assertThat(at(day(23), correctedAt.minusSeconds(1)).pledges().get(0).delivered().value())
                .as("as believed before the correction").isEqualByComparingTo("6");
    }

    @Test
    void theVersionIsTheLastEventTheStateIncludes() {
        formed(day(19));
        record(new MemberAdmitted("c-1", "ITA"), day(25), RECORDED);

        assertThat(at(day(20), RECORDED).version()).isEqualTo(2);
        assertThat(at(day(26), RECORDED).version()).isEqualTo(3);
    }
}
