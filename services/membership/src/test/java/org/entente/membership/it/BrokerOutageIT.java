package org.entente.membership.it;

import org.entente.testing.TestInfrastructure;
import org.entente.testing.TestTokens;
import org.entente.testing.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.entente.contracts.EventEnvelope;
import org.entente.contracts.Topics;
import org.entente.infra.broker.BrokerProcess;
import org.entente.platform.relay.RelayStatus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.membership.it.Api.pledge;

/**
 * The broker goes down while commands keep coming: every command is still accepted, and once the broker is back every
 * event arrives — none lost, and after de-duplication by event id, none twice. The producer's timeouts are short here
 * so that sends really fail during the outage and the relay's roll-back-and-retry path runs.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BrokerOutageIT {

    private static final BrokerProcess broker = TestInfrastructure.ownBroker();

    @Autowired
    TestRestTemplate http;
    @Autowired
    RelayStatus relayStatus;

    @DynamicPropertySource
    static void ownBrokerAndDatabase(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", broker::bootstrapServers);
        TestInfrastructure.freshDatabase(registry);
        TestTokens.trust(registry);
        registry.add("entente.relay.delivery-timeout", () -> "4s");
        registry.add("entente.relay.request-timeout", () -> "2s");
        registry.add("entente.relay.max-block", () -> "2s");
        registry.add("entente.relay.batch-size", () -> "10");
    }

    @AfterAll
    static void stopBroker() {
        broker.close();
    }

    @Test
    void noEventIsLostOrAppliedTwiceAcrossABrokerOutage() throws Exception {
        Api api = new Api(http);
        String coalitionId = api.formCoalition("Operation Atalanta", "FRA", "ESP", "ITA");
        List<ConsumerRecord<String, byte[]>> beforeOutage = TopicReader.records(broker.bootstrapServers(),
                Topics.MEMBERSHIP_V1, coalitionId, envelopes -> envelopes.size() >= 4, Duration.ofSeconds(60));
        assertThat(beforeOutage).as("the relay publishes while the broker is up").hasSize(4);

        broker.stop();
        long outageStarted = System.nanoTime();
        for (String nation : List.of("DEU", "NLD", "GRC", "PRT", "BEL")) {
            ResponseEntity<Map<String, Object>> admitted = api.post("/coalitions/" + coalitionId + "/members",
                    Map.of("nation", nation));
            assertThat(admitted.getStatusCode()).as("commands are accepted while the broker is down")
                    .isEqualTo(HttpStatus.CREATED);
            api.ok(api.post("/coalitions/" + coalitionId + "/pledges",
                    pledge(nation, "FORCES", 1, "ships", "2031-01-01")));
        }
        long acceptedWithin = Duration.ofNanos(System.nanoTime() - outageStarted).toMillis();
        waitUntil(() -> relayStatus.consecutiveFailures() > 0, Duration.ofSeconds(30));
        broker.restart();

        int stored = ((Integer) api.ok(api.get("/coalitions/" + coalitionId)).get("version")) + 1;
        assertThat(stored).isEqualTo(4 + 10);
        List<EventEnvelope> received = TopicReader.envelopes(TopicReader.records(broker.bootstrapServers(),
                Topics.MEMBERSHIP_V1, coalitionId,
                envelopes -> envelopes.stream().map(EventEnvelope::id).distinct().count() >= stored,
                Duration.ofSeconds(150)));

        Map<Long, Set<String>> idsBySequence = received.stream().collect(Collectors.groupingBy(
                EventEnvelope::sequence, TreeMap::new, Collectors.mapping(EventEnvelope::id, Collectors.toSet())));
        assertThat(idsBySequence.keySet()).as("every stored event arrived")
                .containsExactlyElementsOf(java.util.stream.LongStream.range(0, stored).boxed().toList());
        assertThat(idsBySequence.values()).as("a sequence number is one event, however often it was sent")
                .allSatisfy(ids -> assertThat(ids).hasSize(1));
        assertThat(acceptedWithin).as("accepting commands did not wait for Kafka").isLessThan(20_000);
        System.out.printf("broker outage: %d events stored, %d records received (%d duplicates), "
                        + "10 commands accepted in %d ms during the outage%n",
                stored, received.size(), received.size() - stored, acceptedWithin);
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertThat(condition.getAsBoolean()).as("condition within %s", timeout).isTrue();
    }
}
