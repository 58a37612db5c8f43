package org.entente.membership.it;

import org.entente.testing.ServiceProcess;
import org.entente.testing.TestInfrastructure;
import org.entente.testing.TopicReader;
import org.entente.contracts.EventEnvelope;
import org.entente.contracts.Topics;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.membership.it.Api.pledge;

/**
 * The service is killed (SIGKILL) while commands are in flight and started again on the same store: every command it
 * had answered is still recorded, and every stored event reaches Kafka — none lost, and after de-duplication by id,
 * none twice, and no sequence number ever stands for two different events.
 */
class ServiceCrashIT {

    @Test
    void aKilledServiceLosesNoAnsweredCommandAndPublishesEveryEventOnce() throws Exception {
        String bootstrap = TestInfrastructure.sharedBroker().bootstrapServers();
        String run = ServiceProcess.runId();
        try (ServiceProcess service = ServiceProcess.start("membership", Path.of("target", "membership-service.jar"),
                "MEMBERSHIP_PORT", bootstrap, Path.of("target", "it-data", "service-" + run), "it_" + run)) {
            Api api = new Api(new TestRestTemplate(new RestTemplateBuilder().rootUri(service.baseUrl())));
            String coalitionId = api.formCoalition("Operation Crash Test", "NOR", "DNK", "SWE", "FIN");
            Set<String> answeredPledges = ConcurrentHashMap.newKeySet();
            CountDownLatch halfway = new CountDownLatch(30);
            ExecutorService clients = Executors.newFixedThreadPool(4);
            for (int client = 0; client < 4; client++) {
                String nation = List.of("DNK", "SWE", "FIN", "NOR").get(client);
                clients.submit(() -> {
                    for (int i = 0; i < 200; i++) {
                        try {
                            ResponseEntity<Map<String, Object>> answer = api.post("/coalitions/" + coalitionId
                                    + "/pledges", pledge(nation, "FORCES", 10, "personnel", "2031-12-31"));
                            if (answer.getStatusCode() == HttpStatus.CREATED) {
                                answeredPledges.add((String) answer.getBody().get("pledgeId"));
                                halfway.countDown();
                            }
                        } catch (RuntimeException connectionLost) {
                            return; // the service is gone; what it never answered may or may not be recorded
                        }
                    }
                });
            }
            assertThat(halfway.await(60, TimeUnit.SECONDS)).isTrue();
            service.kill();
            clients.shutdown();
            assertThat(clients.awaitTermination(60, TimeUnit.SECONDS)).isTrue();

            service.restart();

            Map<String, Object> state = api.ok(api.get("/coalitions/" + coalitionId));
            Set<String> recorded = Api.items(api.ok(api.get("/coalitions/" + coalitionId + "/pledges?size=500")))
                    .stream().map(p -> (String) p.get("pledgeId")).collect(Collectors.toSet());
            assertThat(recorded).as("every answered command survived the crash").containsAll(answeredPledges);
            long stored = ((Number) state.get("version")).longValue() + 1;

            List<EventEnvelope> received = TopicReader.envelopes(TopicReader.records(bootstrap, Topics.MEMBERSHIP_V1,
                    coalitionId, envelopes -> envelopes.stream().map(EventEnvelope::id).distinct().count() >= stored,
                    Duration.ofSeconds(120)));
            Map<Long, Set<String>> idsBySequence = received.stream().collect(Collectors.groupingBy(
                    EventEnvelope::sequence, TreeMap::new,
                    Collectors.mapping(EventEnvelope::id, Collectors.toSet())));
            assertThat(idsBySequence.keySet()).as("every stored event was published")
                    .containsExactlyElementsOf(LongStream.range(0, stored).boxed().toList());
            assertThat(idsBySequence.values()).as("no sequence number stands for two events")
                    .allSatisfy(ids -> assertThat(ids).hasSize(1));
            System.out.printf("service crash: %d commands answered before the kill, %d events stored, "
                    + "%d records received (%d duplicates)%n", answeredPledges.size(), stored, received.size(),
                    received.size() - stored);
        }
    }
}
