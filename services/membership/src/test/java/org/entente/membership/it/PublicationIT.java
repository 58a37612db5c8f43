package org.entente.membership.it;

import org.entente.testing.TestInfrastructure;
import org.entente.testing.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.entente.contracts.EnvelopeCodec;
import org.entente.contracts.EventEnvelope;
import org.entente.contracts.Topics;
import org.entente.contracts.membership.v1.DeliveryRecorded;
import org.entente.contracts.membership.v1.PledgeMade;
import org.entente.platform.eventstore.HashChain;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.membership.it.Api.amount;
import static org.entente.membership.it.Api.decision;
import static org.entente.membership.it.Api.pledge;

/** HTTP → event store → the real Kafka broker: what a consumer on the membership topic receives. */
class PublicationIT extends MembershipIntegrationTest {

    @Autowired
    EventStore eventStore;
    @Autowired
    HashChain hashChain;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyDecisionReachesKafkaAsAVersionedPublicEventWithItsDecisionMetadata() {
        Api api = new Api(http);
        HttpHeaders headers = api.headers();
        headers.set("X-Correlation-Id", "nac-decision-2011-03-27");
        String coalitionId = (String) api.ok(api.post("/coalitions", Api.coalition("Unified Protector", "USA",
                decision("UNSC 1973 adopted", "S/RES/1973 (2011)", "2011-03-19T00:00:00Z"), "GBR", "NOR"),
                headers)).get("coalitionId");
        String pledgeId = (String) api.ok(api.post("/coalitions/" + coalitionId + "/pledges",
                pledge("NOR", "FUNDING", new BigDecimal("1500000.50"), "EUR", "2031-04-30"))).get("pledgeId");
        api.ok(api.post("/coalitions/" + coalitionId + "/pledges/" + pledgeId + "/deliveries",
                Map.of("amount", amount(new BigDecimal("500000.25"), "EUR"),
                        "decision", decision("first tranche", null, "2011-04-02T12:00:00Z"))));

        List<Map<String, Object>> history = Api.items(api.ok(api.get("/coalitions/" + coalitionId + "/history")));
        assertThat(history).hasSize(6);
        List<ConsumerRecord<String, byte[]>> records = TopicReader.records(bootstrapServers(), Topics.MEMBERSHIP_V1,
                coalitionId, envelopes -> envelopes.size() >= 6, Duration.ofSeconds(60));
        List<EventEnvelope> published = TopicReader.envelopes(records);

        assertThat(published).extracting(EventEnvelope::type).containsExactly(
                "entente.membership.CoalitionFormed", "entente.membership.MemberAdmitted",
                "entente.membership.MemberAdmitted", "entente.membership.MemberAdmitted",
                "entente.membership.PledgeMade", "entente.membership.DeliveryRecorded");
        assertThat(published).extracting(EventEnvelope::sequence).containsExactly(0L, 1L, 2L, 3L, 4L, 5L);
        assertThat(published).extracting(EventEnvelope::id)
                .containsExactlyElementsOf(history.stream().map(h -> (String) h.get("eventId")).toList());
        assertThat(published).extracting(EventEnvelope::hash)
                .containsExactlyElementsOf(history.stream().map(h -> (String) h.get("hash")).toList());
        assertThat(published).allSatisfy(envelope -> {
            assertThat(envelope.schemaVersion()).isEqualTo(1);
            assertThat(envelope.source()).isEqualTo("/entente/membership");
            assertThat(envelope.subject()).isEqualTo(coalitionId);
            assertThat(envelope.subjectType()).isEqualTo("Coalition");
            assertThat(envelope.actor().id()).isEqualTo("j.smith");
            // The actor as the verified token named them: the founder forms; Norway's own planner pledges.
            if (envelope.type().contains("Pledge") || envelope.type().contains("Delivery")) {
                assertThat(envelope.actor().nation()).isEqualTo("NOR");
                assertThat(envelope.actor().roles()).containsExactly("planner");
            } else {
                assertThat(envelope.actor().nation()).isEqualTo("GBR");
                assertThat(envelope.actor().roles()).containsExactly("planner", "coalition-authority", "founder");
            }
            assertThat(envelope.recordedTime()).isAfter(Instant.now().minusSeconds(120));
            assertThat(envelope.causationId()).isNotBlank().isNotEqualTo(envelope.id());
            assertThat(envelope.releasableTo()).containsExactly(EventEnvelope.ALL_MEMBERS);
        });

        EventEnvelope formed = published.get(0);
        assertThat(formed.correlationId()).isEqualTo("nac-decision-2011-03-27");
        assertThat(formed.effectiveTime()).isEqualTo(Instant.parse("2011-03-19T00:00:00Z"));
        assertThat(formed.rationale()).isEqualTo("UNSC 1973 adopted");
        assertThat(formed.authority()).isEqualTo("S/RES/1973 (2011)");
        assertThat(published.get(3).causationId()).as("the command caused all four events")
                .isEqualTo(formed.causationId());
        assertThat(published.get(4).correlationId()).as("a new decision starts a new correlation")
                .isNotEqualTo(formed.correlationId());

        PledgeMade pledge = EnvelopeCodec.data(published.get(4), PledgeMade.class);
        assertThat(pledge.pledgeId()).isEqualTo(pledgeId);
        assertThat(pledge.amount().value()).isEqualTo(new BigDecimal("1500000.50"));
        assertThat(pledge.amount().unit()).isEqualTo("EUR");
        DeliveryRecorded delivery = EnvelopeCodec.data(published.get(5), DeliveryRecorded.class);
        assertThat(delivery.amount().value()).isEqualTo(new BigDecimal("500000.25"));
        assertThat(published.get(5).effectiveTime()).isEqualTo(Instant.parse("2011-04-02T12:00:00Z"));

        ConsumerRecord<String, byte[]> record = records.get(4);
        assertThat(record.key()).isEqualTo(coalitionId);
        assertThat(headers(record)).containsEntry("ce_specversion", "1.0")
                .containsEntry("ce_id", published.get(4).id())
                .containsEntry("ce_type", "entente.membership.PledgeMade")
                .containsEntry("ce_source", "/entente/membership")
                .containsEntry("ce_subject", coalitionId)
                .containsEntry("ce_schemaversion", "1")
                .containsEntry("ce_sequence", "4")
                .containsEntry("content-type", "application/json");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theStoredHistoryIsHashChainedFromItsFirstEventAndATamperedEntryBreaksIt() {
        Api api = new Api(http);
        String coalitionId = api.formCoalition("Ocean Shield", "NLD", "DNK");
        api.ok(api.post("/coalitions/" + coalitionId + "/pledges", pledge("DNK", "FORCES", 1, "ships", "2031-09-01")));

        List<? extends DomainEventMessage<?>> stored = eventStore.readEvents(coalitionId, 0).asStream().toList();
        assertThat(stored).hasSize(4);
        assertThat(stored.get(0).getMetaData().get("hash")).isNotNull();
        assertThat(hashChain.verify(stored)).isEmpty();
        Api auditor = new Api(http, "e.auditor", "NLD", "auditor");
        assertThat(auditor.ok(auditor.get("/verification/" + coalitionId))).containsEntry("intact", true)
                .containsEntry("events", 4).containsEntry("lastHash", stored.get(3).getMetaData().get("hash"));

        // An edit behind the application's back: the pledge now claims two ships.
        byte[] payload = jdbc.queryForObject("SELECT payload FROM domain_event_entry WHERE aggregate_identifier = ? "
                + "AND sequence_number = 3", byte[].class, coalitionId);
        String forged = new String(payload, StandardCharsets.UTF_8).replace("\"value\":1", "\"value\":2");
        jdbc.update("UPDATE domain_event_entry SET payload = ? WHERE aggregate_identifier = ? AND sequence_number = 3",
                forged.getBytes(StandardCharsets.UTF_8), coalitionId);

        List<? extends DomainEventMessage<?>> tampered = eventStore.readEvents(coalitionId, 0).asStream().toList();
        assertThat(hashChain.verify(tampered)).hasValueSatisfying(broken -> {
            assertThat(broken.sequence()).isEqualTo(3);
            assertThat(broken.reason()).contains("differs");
        });
        Map<String, Object> verdict = auditor.ok(auditor.get("/verification/" + coalitionId));
        assertThat(verdict).containsEntry("intact", false).doesNotContainKey("lastHash");
        assertThat((Map<String, Object>) verdict.get("firstBreak")).containsEntry("sequence", 3)
                .containsEntry("eventId", stored.get(3).getIdentifier());
    }

    private static Map<String, String> headers(ConsumerRecord<String, byte[]> record) {
        return java.util.stream.StreamSupport.stream(record.headers().spliterator(), false)
                .collect(Collectors.toMap(Header::key, h -> new String(h.value(), StandardCharsets.UTF_8)));
    }
}
