package org.entente.contracts.basing.v1;

import com.fasterxml.jackson.databind.JsonNode;
import org.entente.contracts.Actor;
import org.entente.contracts.ContractType;
import org.entente.contracts.EnvelopeCodec;
import org.entente.contracts.EventEnvelope;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BasingLogisticsEventsV1Test {

    private static final List<String> AGREEMENT_VIEW = List.of("agreementId", "coalitionId", "hostNation", "site",
            "status", "permittedActivities", "validUntil", "validFrom");

    @Test
    void everyTypeIsNamedAfterItsRecordUnderTheServicePrefix() {
        assertThat(BasingLogisticsEventsV1.TYPES).allSatisfy(type -> {
            assertThat(type.name()).isEqualTo("entente.basing-logistics." + type.dataType().getSimpleName());
            assertThat(type.schemaVersion()).isEqualTo(1);
            assertThat(type.dataType().isRecord()).isTrue();
            assertThat(BasingLogisticsEventsV1.byName(type.name())).contains(type);
            assertThat(BasingLogisticsEventsV1.of(type.dataType())).isEqualTo(type);
        });
        assertThat(BasingLogisticsEventsV1.TYPES).extracting(ContractType::name).doesNotHaveDuplicates();
        assertThat(BasingLogisticsEventsV1.byName("entente.basing-logistics.Unknown")).isEmpty();
        assertThatThrownBy(() -> BasingLogisticsEventsV1.of(String.class))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** The shared contract: consumers (the rules of engagement) upsert a base from any one agreement event. */
    @Test
    void everyAgreementEventBeginsWithTheAgreementsFullView() {
        List<ContractType> agreementTypes = BasingLogisticsEventsV1.TYPES.stream()
                .filter(type -> type.dataType().getSimpleName().startsWith("BasingAgreement")).toList();
        assertThat(agreementTypes).extracting(type -> type.dataType().getSimpleName()).containsExactly(
                "BasingAgreementRequested", "BasingAgreementAdvanced", "BasingAgreementStageSigned",
                "BasingAgreementRestricted",
                "BasingAgreementSuspended", "BasingAgreementReinstated", "BasingAgreementRenewed",
                "BasingAgreementExpired", "BasingAgreementRevoked", "BasingAgreementClosed");
        assertThat(agreementTypes).allSatisfy(type -> {
            assertThat(BasingAgreementView.class).as("the view consumers read").isAssignableFrom(type.dataType());
            var components = type.dataType().getRecordComponents();
            assertThat(components).hasSizeGreaterThanOrEqualTo(8);
            for (int i = 0; i < AGREEMENT_VIEW.size(); i++) {
                assertThat(components[i].getName()).as(type.name()).isEqualTo(AGREEMENT_VIEW.get(i));
            }
            assertThat(components[5].getType()).isEqualTo(List.class);
            assertThat(components[6].getType()).isEqualTo(Instant.class);
            assertThat(components[7].getType()).as("validFrom").isEqualTo(Instant.class);
        });
    }

    @Test
    void aRestrictionSurvivesTheWireWithWhatRemainsPermitted() {
        BasingAgreementRestricted restricted = new BasingAgreementRestricted("a-1", "c-1", "ITA", "Aviano", "IN_FORCE",
                List.of("LOGISTICS", "ISR"), Instant.parse("2011-09-27T00:00:00Z"),
                Instant.parse("2011-03-20T00:00:00Z"), List.of("STRIKE"),
                "parliament limits the mission");
        EventEnvelope envelope = envelope("a-1", "BasingAgreement", BasingLogisticsEventsV1.of(
                BasingAgreementRestricted.class).name(), EnvelopeCodec.toData(restricted));

        byte[] wire = EnvelopeCodec.encode(envelope);
        assertThat(new String(wire, StandardCharsets.UTF_8)).contains("\"permittedActivities\":[\"LOGISTICS\",\"ISR\"]")
                .contains("\"validUntil\":\"2011-09-27T00:00:00Z\"");
        assertThat(EnvelopeCodec.data(EnvelopeCodec.decode(wire), BasingAgreementRestricted.class))
                .isEqualTo(restricted);
    }

    @Test
    void sustainmentQuantitiesKeepTheirDecimals() {
        SustainmentDelivered delivered = new SustainmentDelivered("s-1", "c-1", "d-1", new BigDecimal("12.50"),
                new BigDecimal("40.50"), "PARTLY_FULFILLED");
        EventEnvelope envelope = envelope("s-1", "SustainmentRequest",
                BasingLogisticsEventsV1.of(SustainmentDelivered.class).name(), EnvelopeCodec.toData(delivered));

        SustainmentDelivered read = EnvelopeCodec.data(EnvelopeCodec.decode(EnvelopeCodec.encode(envelope)),
                SustainmentDelivered.class);
        assertThat(read.quantity()).isEqualTo(new BigDecimal("12.50"));
        assertThat(read.deliveredTotal()).isEqualTo(new BigDecimal("40.50"));
    }

    private static EventEnvelope envelope(String subject, String subjectType, String type, JsonNode data) {
        return new EventEnvelope("e-1", type, 1, BasingLogisticsEventsV1.SOURCE, subject, subjectType, 0,
                Instant.parse("2011-03-25T10:00:00Z"), Instant.parse("2011-03-24T00:00:00Z"), null, "corr", "cause",
                new Actor("a.officer", "ITA", List.of("planner")), "host nation decision", null, null, null, "ab12",
                data);
    }
}
