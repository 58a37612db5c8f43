package org.entente.basing.it;

import org.entente.contracts.Topics;
import org.entente.infra.broker.BrokerProcess;
import org.entente.contracts.membership.v1.CoalitionFormed;
import org.entente.contracts.membership.v1.MemberAdmitted;
import org.entente.contracts.membership.v1.MembershipEventsV1;
import org.entente.testing.EnvelopeWriter;
import org.entente.testing.ServiceProcess;
import org.entente.testing.TestInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.http.ResponseEntity;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A deadline survives the service: an agreement in force whose validity ends while the service is down (killed, no
 * shutdown) expires when the service comes back — once, recorded by the service, effective at the end of its validity,
 * caused by the request that set it.
 */
class DeadlineRestartIT {

    @Test
    void anAgreementWhoseEndPassedWhileTheServiceWasDownExpiresOnceWhenItComesBack() throws Exception {
        String run = ServiceProcess.runId();
        String coalitionId = "coalition-" + UUID.randomUUID();
        // a broker of its own: on the shared one, the cached test context's inbox (same consumer group) could be
        // assigned the coalition's partition instead of this process
        try (BrokerProcess broker = TestInfrastructure.ownBroker();
             EnvelopeWriter writer = new EnvelopeWriter(broker.bootstrapServers());
             ServiceProcess service = ServiceProcess.start("basing-logistics",
                     Path.of("target", "basing-logistics-service.jar"), "BASING_LOGISTICS_PORT",
                     broker.bootstrapServers(),
                     Path.of("target", "it-data", "deadline-" + run), "it_" + run,
                     Map.of("ENTENTE_DEADLINE_POLLING", "1s"))) {
            List<Object> formation = List.of(new CoalitionFormed(coalitionId, "Unified Protector", "AD_HOC",
                    "PEACE_ENFORCEMENT", null, "ITA", null, null), new MemberAdmitted(coalitionId, "ITA"));
            for (int sequence = 0; sequence < formation.size(); sequence++) {
                Object data = formation.get(sequence);
                writer.send(Topics.MEMBERSHIP_V1, EnvelopeWriter.envelope(MembershipEventsV1.SOURCE,
                        MembershipEventsV1.of(data.getClass()).name(), coalitionId, sequence, data, null));
            }
            Api api = new Api(new TestRestTemplate(new RestTemplateBuilder().rootUri(service.baseUrl())), coalitionId);
            Instant validUntil = Instant.now().plusSeconds(20).truncatedTo(ChronoUnit.SECONDS);
            Map<String, Object> request = Api.agreement(coalitionId, "ITA", "Sigonella", List.of("LOGISTICS"), null);
            request.put("validUntil", validUntil.toString());
            String agreementId = awaitAccepted(api, request);
            api.bringIntoForce(agreementId, null, null, null);
            assertThat(api.ok(api.get("/agreements/" + agreementId))).containsEntry("status", "IN_FORCE");

            service.kill();
            while (Instant.now().isBefore(validUntil.plusSeconds(2))) {
                Thread.sleep(200); // the end of the validity passes while the service is down
            }
            service.restart();

            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (!"EXPIRED".equals(api.ok(api.get("/agreements/" + agreementId)).get("status"))
                    && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
            assertThat(api.ok(api.get("/agreements/" + agreementId))).containsEntry("status", "EXPIRED");
            List<Map<String, Object>> history = Api.items(api.ok(api.get("/agreements/" + agreementId
                    + "/history?size=50")));
            List<Map<String, Object>> expiries = history.stream()
                    .filter(entry -> "BasingAgreementExpired".equals(entry.get("type"))).toList();
            assertThat(expiries).singleElement().satisfies(expiry -> {
                assertThat(expiry).containsEntry("actor", "service:basing-logistics")
                        .containsEntry("effectiveTime", validUntil.toString())
                        .containsEntry("causationId", history.get(0).get("eventId"))
                        .containsEntry("authority", "agreement valid until " + validUntil);
            });
        }
    }

    /** The roster learns the coalition from the topic: until then the request is refused (409). */
    private static String awaitAccepted(Api api, Map<String, Object> request) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        ResponseEntity<Map<String, Object>> answer = api.post("/agreements", request);
        while (!answer.getStatusCode().is2xxSuccessful() && System.nanoTime() < deadline) {
            Thread.sleep(200);
            answer = api.post("/agreements", request);
        }
        return (String) api.ok(answer).get("agreementId");
    }
}
