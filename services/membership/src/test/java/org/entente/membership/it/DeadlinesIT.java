package org.entente.membership.it;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.entente.contracts.EventEnvelope;
import org.entente.contracts.Topics;
import org.entente.membership.coalition.CoalitionFormed;
import org.entente.membership.coalition.MandateExpired;
import org.entente.platform.decision.DecisionMetadata;
import org.entente.testing.TopicReader;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Time-driven facts against the real database and broker: a mandate whose expiry has passed lapses by itself, once,
 * recorded by the service with the event that set it as its cause, published like any other event.
 */
class DeadlinesIT extends MembershipIntegrationTest {

    @Autowired
    EventStore eventStore;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void aMandateWhoseExpiryHasPassedLapsesOnceRecordedByTheServiceWithItsCause() throws Exception {
        Api api = new Api(http);
        Map<String, Object> body = Api.coalition("Unified Protector 2011", "FRA",
                Api.decision("resolution adopted", "S/RES/1973 (2011)", "2011-03-23T00:00:00Z"), "NOR");
        body.put("mandate", Map.of("objectives", List.of("protect civilians"), "area", "Libya",
                "expiresOn", "2011-06-27"));
        String coalitionId = (String) api.ok(api.post("/coalitions", body)).get("coalitionId");

        DomainEventMessage<?> lapse = await(coalitionId);
        DomainEventMessage<?> formed = eventStore.readEvents(coalitionId, 0).asStream()
                .filter(e -> e.getPayload() instanceof CoalitionFormed).findFirst().orElseThrow();
        assertThat(lapse.getPayload()).isEqualTo(new MandateExpired(coalitionId, LocalDate.of(2011, 6, 27)));
        assertThat(lapse.getMetaData())
                .containsEntry(DecisionMetadata.ACTOR, "service:membership")
                .containsEntry(DecisionMetadata.ACTOR_ROLES, "system")
                .containsEntry(DecisionMetadata.EFFECTIVE_TIME, "2011-06-28T00:00:00Z")
                .containsEntry(DecisionMetadata.CAUSATION_ID, formed.getIdentifier())
                .containsEntry(DecisionMetadata.CORRELATION_ID, formed.getMetaData().get(DecisionMetadata.CORRELATION_ID))
                .containsEntry(DecisionMetadata.AUTHORITY, "mandate expiring on 2011-06-27")
                .doesNotContainKey(DecisionMetadata.ACTOR_NATION);
        assertThat(api.ok(api.get("/coalitions/" + coalitionId))).containsEntry("mandateLapsedAt",
                "2011-06-28T00:00:00Z");
        assertThat(api.ok(api.get("/coalitions/" + coalitionId + "?asOf=2011-06-27T12:00:00Z")))
                .doesNotContainKey("mandateLapsedAt");

        EventEnvelope published = TopicReader.envelopes(TopicReader.records(bootstrapServers(), Topics.MEMBERSHIP_V1,
                coalitionId, envelopes -> envelopes.stream().anyMatch(e -> e.type().endsWith("MandateExpired")),
                Duration.ofSeconds(60))).stream().filter(e -> e.type().endsWith("MandateExpired")).findFirst()
                .orElseThrow();
        assertThat(published.actor().id()).isEqualTo("service:membership");
        assertThat(published.causationId()).isEqualTo(formed.getIdentifier());

        // fired once: the one-time task is gone from the schedule, and one lapse is recorded
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (dueTasks() > 0 && System.nanoTime() < until) {
            Thread.sleep(100);
        }
        assertThat(dueTasks()).isZero();
        assertThat(eventStore.readEvents(coalitionId, 0).asStream()
                .filter(e -> e.getPayload() instanceof MandateExpired).count()).isEqualTo(1);
    }

    @Test
    void aMandateRecordedTodayThatHadExpiredLapsesWhenItWasRecordedNotBeforeTheCoalitionExisted() throws Exception {
        Api api = new Api(http);
        Map<String, Object> body = Api.coalition("Recorded late", "FRA", null, "NOR");
        body.put("mandate", Map.of("objectives", List.of("protect civilians"), "area", "Libya",
                "expiresOn", "2011-06-27"));
        String coalitionId = (String) api.ok(api.post("/coalitions", body)).get("coalitionId");

        DomainEventMessage<?> lapse = await(coalitionId);
        DomainEventMessage<?> formed = eventStore.readEvents(coalitionId, 0).asStream().findFirst().orElseThrow();
        assertThat(java.time.Instant.parse((String) lapse.getMetaData().get(DecisionMetadata.EFFECTIVE_TIME)))
                .as("not before the coalition was recorded (the store keeps milliseconds, rounded)")
                .isAfterOrEqualTo(formed.getTimestamp().minusMillis(1));
        assertThat(api.ok(api.get("/coalitions/" + coalitionId))).containsKey("mandateLapsedAt");
    }

    private long dueTasks() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM scheduled_tasks WHERE execution_time <= ?", Long.class,
                java.sql.Timestamp.from(java.time.Instant.now()));
    }

    private DomainEventMessage<?> await(String coalitionId) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            Optional<? extends DomainEventMessage<?>> lapse = eventStore.readEvents(coalitionId, 0).asStream()
                    .filter(e -> e.getPayload() instanceof MandateExpired).findFirst();
            if (lapse.isPresent()) {
                return lapse.get();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the mandate did not lapse within 60 s");
    }
}
