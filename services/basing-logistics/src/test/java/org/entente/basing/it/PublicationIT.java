package org.entente.basing.it;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.entente.contracts.EnvelopeCodec;
import org.entente.contracts.EventEnvelope;
import org.entente.contracts.Topics;
import org.entente.contracts.basing.v1.BasingAgreementAdvanced;
import org.entente.contracts.basing.v1.BasingAgreementRequested;
import org.entente.contracts.basing.v1.BasingAgreementRestricted;
import org.entente.contracts.basing.v1.BasingAgreementStageSigned;
import org.entente.testing.TopicReader;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.basing.it.Api.decision;
import static org.entente.basing.it.Api.items;

/** HTTP → event store → the real Kafka broker: what a consumer of the basing-logistics topic receives. */
class PublicationIT extends BasingIntegrationTest {

    @Test
    void everyAgreementDecisionReachesKafkaWithTheAgreementsFullViewAndItsDecisionMetadata() {
        String coalitionId = coalition(null, "USA", null, "ITA");
        Api api = new Api(http, coalitionId);
        HttpHeaders headers = api.headers();
        headers.set("X-Correlation-Id", "nac-decision-2011-03-27");
        String agreementId = (String) api.ok(api.post("/agreements", Api.agreement(coalitionId, "ITA", "Aviano",
                        List.of("LOGISTICS", "ISR", "STRIKE"),
                        decision("forward base", "NAC 27 March", "2011-03-27T00:00:00Z")), headers))
                .get("agreementId");
        api.bringIntoForce(agreementId, null, null, "2011-03-31T06:00:00Z");
        api.ok(api.post("/agreements/" + agreementId + "/restriction",
                Map.of("permittedActivities", List.of("LOGISTICS", "ISR"), "reason", "no strikes from our soil")));

        List<Map<String, Object>> history = items(api.ok(api.get("/agreements/" + agreementId + "/history")));
        List<ConsumerRecord<String, byte[]>> records = TopicReader.records(bootstrapServers(),
                Topics.BASING_LOGISTICS_V1, agreementId, envelopes -> envelopes.size() >= 8, Duration.ofSeconds(60));
        List<EventEnvelope> published = TopicReader.envelopes(records);

        // each stage: the host's signature (m.rossi, Italy's planner), then the council's (s.bianchi), which makes it
        // take effect
        String type = "entente.basing-logistics.";
        assertThat(published).extracting(EventEnvelope::type).containsExactly(type + "BasingAgreementRequested",
                type + "BasingAgreementStageSigned", type + "BasingAgreementAdvanced",
                type + "BasingAgreementStageSigned", type + "BasingAgreementAdvanced",
                type + "BasingAgreementStageSigned", type + "BasingAgreementAdvanced",
                type + "BasingAgreementRestricted");
        assertThat(published).extracting(EventEnvelope::sequence).containsExactly(0L, 1L, 2L, 3L, 4L, 5L, 6L, 7L);
        assertThat(published).extracting(EventEnvelope::id)
                .containsExactlyElementsOf(history.stream().map(h -> (String) h.get("eventId")).toList());
        assertThat(published).extracting(EventEnvelope::hash)
                .containsExactlyElementsOf(history.stream().map(h -> (String) h.get("hash")).toList());
        assertThat(published).allSatisfy(envelope -> {
            assertThat(envelope.schemaVersion()).isEqualTo(1);
            assertThat(envelope.source()).isEqualTo("/entente/basing-logistics");
            assertThat(envelope.subject()).isEqualTo(agreementId);
            assertThat(envelope.subjectType()).isEqualTo("BasingAgreement");
            boolean secondSignature = envelope.type().endsWith("BasingAgreementAdvanced");
            assertThat(envelope.actor().id()).isEqualTo(secondSignature ? "s.bianchi" : "m.rossi");
            assertThat(envelope.actor().nation()).isEqualTo("ITA");
            assertThat(envelope.actor().roles()).containsExactlyElementsOf(secondSignature
                    ? List.of("coalition-authority") : List.of("planner", "coalition-authority"));
            assertThat(envelope.causationId()).isNotBlank().isNotEqualTo(envelope.id());
            assertThat(envelope.exerciseId()).isNull();
            assertThat(envelope.releasableTo()).containsExactly(EventEnvelope.ALL_MEMBERS);
        });

        EventEnvelope first = published.get(0);
        assertThat(first.correlationId()).isEqualTo("nac-decision-2011-03-27");
        assertThat(first.effectiveTime()).isEqualTo(Instant.parse("2011-03-27T00:00:00Z"));
        assertThat(first.rationale()).isEqualTo("forward base");
        assertThat(first.authority()).isEqualTo("NAC 27 March");
        assertThat(EnvelopeCodec.data(first, BasingAgreementRequested.class)).isEqualTo(new BasingAgreementRequested(
                agreementId, coalitionId, "ITA", "Aviano", "REQUESTED", List.of("LOGISTICS", "ISR", "STRIKE"),
                Instant.parse("2031-09-27T00:00:00Z"), Instant.parse("2011-03-20T00:00:00Z"), 1200, 24,
                "ACTIVE_MEMBER", null));
        assertThat(EnvelopeCodec.data(published.get(5), BasingAgreementStageSigned.class)).isEqualTo(
                new BasingAgreementStageSigned(agreementId, coalitionId, "ITA", "Aviano",
                        "TECHNICAL_ARRANGEMENT_SIGNED", List.of("LOGISTICS", "ISR", "STRIKE"),
                        Instant.parse("2031-09-27T00:00:00Z"), Instant.parse("2011-03-20T00:00:00Z"), "IN_FORCE",
                        "HOST_NATION"));
        BasingAgreementAdvanced inForce = EnvelopeCodec.data(published.get(6), BasingAgreementAdvanced.class);
        assertThat(inForce.status()).isEqualTo("IN_FORCE");
        assertThat(inForce.stage()).isEqualTo("IN_FORCE");
        assertThat(published.get(6).effectiveTime()).isEqualTo(Instant.parse("2011-03-31T06:00:00Z"));
        BasingAgreementRestricted restricted = EnvelopeCodec.data(published.get(7), BasingAgreementRestricted.class);
        assertThat(restricted.permittedActivities()).containsExactly("LOGISTICS", "ISR");
        assertThat(restricted.removedActivities()).containsExactly("STRIKE");
        assertThat(restricted.status()).isEqualTo("IN_FORCE");

        ConsumerRecord<String, byte[]> record = records.get(7);
        assertThat(record.key()).isEqualTo(agreementId);
        assertThat(headers(record)).containsEntry("ce_specversion", "1.0")
                .containsEntry("ce_id", published.get(7).id())
                .containsEntry("ce_type", "entente.basing-logistics.BasingAgreementRestricted")
                .containsEntry("ce_source", "/entente/basing-logistics")
                .containsEntry("ce_subject", agreementId)
                .containsEntry("ce_schemaversion", "1")
                .containsEntry("ce_sequence", "7")
                .containsEntry("content-type", "application/json");
    }

    private static Map<String, String> headers(ConsumerRecord<String, byte[]> record) {
        return StreamSupport.stream(record.headers().spliterator(), false)
                .collect(Collectors.toMap(Header::key, h -> new String(h.value(), StandardCharsets.UTF_8)));
    }
}
