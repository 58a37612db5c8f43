package org.entente.commandstructure.it;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.entente.contracts.EnvelopeCodec;
import org.entente.contracts.EventEnvelope;
import org.entente.contracts.Topics;
import org.entente.contracts.commandstructure.v1.ForcePlacedUnderAuthority;
import org.entente.contracts.commandstructure.v1.OperationEstablished;
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
import static org.entente.commandstructure.it.Api.decision;
import static org.entente.commandstructure.it.Api.placement;

/** HTTP → event store → the real broker: what a consumer of the command-structure topic receives. */
class PublicationIT extends CommandStructureIntegrationTest {

    @Test
    void everyDecisionReachesKafkaAsAVersionedPublicEventWithItsDecisionMetadata() {
        String coalitionId = coalition(null, "GBR", "CAN");
        Api gbr = new Api(http, "j.smith", "GBR").player(coalitionId);
        HttpHeaders headers = gbr.headers();
        headers.set("X-Correlation-Id", "nac-decision-2011-03-27");
        String operationId = (String) gbr.ok(gbr.post("/operations", Map.of("coalitionId", coalitionId,
                "name", "Unified Protector", "decision", decision("NAC takes over", "NAC decision 27 March",
                        "2011-03-27T00:00:00Z")), headers)).get("operationId");
        String top = gbr.headquarters(operationId, "Allied Joint Force Command Naples", "STRATEGIC", null, "GBR", null);
        Api can = gbr.as("c.roy", "CAN");
        can.ok(can.post("/operations/" + operationId + "/forces", placement("CAN-FFH339", "CAN", top, "OPCON",
                Map.of("functions", List.of("ARMS_EMBARGO"), "area", "Central Mediterranean",
                        "from", "2011-03-23T00:00:00Z"),
                decision("embargo first", "order in council", "2011-03-27T00:00:00Z"))));

        List<ConsumerRecord<String, byte[]>> records = TopicReader.records(bootstrapServers(),
                Topics.COMMAND_STRUCTURE_V1, operationId, envelopes -> envelopes.size() >= 3, Duration.ofSeconds(60));
        List<EventEnvelope> published = TopicReader.envelopes(records);
        List<Map<String, Object>> history = Api.items(gbr.ok(gbr.get("/operations/" + operationId + "/history")));

        assertThat(published).extracting(EventEnvelope::type).containsExactly(
                "entente.command-structure.OperationEstablished", "entente.command-structure.HeadquartersEstablished",
                "entente.command-structure.ForcePlacedUnderAuthority");
        assertThat(published).extracting(EventEnvelope::sequence).containsExactly(0L, 1L, 2L);
        assertThat(published).extracting(EventEnvelope::id)
                .containsExactlyElementsOf(history.stream().map(h -> (String) h.get("eventId")).toList());
        assertThat(published).extracting(EventEnvelope::hash)
                .containsExactlyElementsOf(history.stream().map(h -> (String) h.get("hash")).toList());
        assertThat(published).allSatisfy(envelope -> {
            assertThat(envelope.schemaVersion()).isEqualTo(1);
            assertThat(envelope.source()).isEqualTo("/entente/command-structure");
            assertThat(envelope.subject()).isEqualTo(operationId);
            assertThat(envelope.subjectType()).isEqualTo("Operation");
            assertThat(envelope.recordedTime()).isAfter(Instant.now().minusSeconds(120));
            assertThat(envelope.exerciseId()).isNull();
        });

        EventEnvelope established = published.get(0);
        assertThat(established.correlationId()).isEqualTo("nac-decision-2011-03-27");
        assertThat(established.effectiveTime()).isEqualTo(Instant.parse("2011-03-27T00:00:00Z"));
        assertThat(established.actor().id()).isEqualTo("j.smith");
        assertThat(established.actor().nation()).isEqualTo("GBR");
        assertThat(established.rationale()).isEqualTo("NAC takes over");
        assertThat(EnvelopeCodec.data(established, OperationEstablished.class))
                .isEqualTo(new OperationEstablished(operationId, coalitionId, "Unified Protector"));

        EventEnvelope placedEnvelope = published.get(2);
        assertThat(placedEnvelope.actor().nation()).isEqualTo("CAN");
        assertThat(placedEnvelope.authority()).isEqualTo("order in council");
        assertThat(placedEnvelope.effectiveTime()).isEqualTo(Instant.parse("2011-03-27T00:00:00Z"));
        assertThat(EnvelopeCodec.data(placedEnvelope, ForcePlacedUnderAuthority.class)).isEqualTo(
                new ForcePlacedUnderAuthority(operationId, coalitionId, "CAN-FFH339", "CAN", "FRIGATE", 1, top,
                        "OPCON", List.of("ARMS_EMBARGO"), "Central Mediterranean",
                        Instant.parse("2011-03-23T00:00:00Z"), null));

        ConsumerRecord<String, byte[]> record = records.get(2);
        assertThat(record.key()).isEqualTo(operationId);
        assertThat(headers(record)).containsEntry("ce_specversion", "1.0")
                .containsEntry("ce_id", placedEnvelope.id())
                .containsEntry("ce_type", "entente.command-structure.ForcePlacedUnderAuthority")
                .containsEntry("ce_source", "/entente/command-structure")
                .containsEntry("ce_subject", operationId)
                .containsEntry("ce_schemaversion", "1")
                .containsEntry("ce_sequence", "2")
                .containsEntry("content-type", "application/json");
    }

    private static Map<String, String> headers(ConsumerRecord<String, byte[]> record) {
        return StreamSupport.stream(record.headers().spliterator(), false)
                .collect(Collectors.toMap(Header::key, h -> new String(h.value(), StandardCharsets.UTF_8)));
    }
}
