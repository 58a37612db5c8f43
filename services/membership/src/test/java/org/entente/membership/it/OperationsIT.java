package org.entente.membership.it;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.membership.it.Api.pledge;

/** What operators and tooling read: health, readiness, Prometheus metrics, the OpenAPI document. */
class OperationsIT extends MembershipIntegrationTest {

    @Test
    void healthReadinessAndTheRelayStateAreReported() {
        ResponseEntity<Map> readiness = http.getForEntity("/actuator/health/readiness", Map.class);
        assertThat(readiness.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(readiness.getBody()).containsEntry("status", "UP");

        @SuppressWarnings("unchecked")
        Map<String, Object> components = (Map<String, Object>) http.getForObject("/actuator/health", Map.class).get("components");
        assertThat(components).containsKeys("db", "kafkaRelay");
        @SuppressWarnings("unchecked")
        Map<String, Object> relay = (Map<String, Object>) ((Map<String, Object>) components.get("kafkaRelay")).get("details");
        assertThat(relay)
                .containsKeys("lagEvents", "consecutiveFailures");
    }

    @Test
    void prometheusShowsCommandOutcomesRelayFiguresAndAxonsOwnMetrics() throws Exception {
        Api api = new Api(http);
        String coalitionId = api.formCoalition("Sea Guardian", "ITA", "GRC");
        api.post("/coalitions/" + coalitionId + "/pledges", pledge("SWE", "FORCES", 1, "ships", "2017-01-01"));

        String metrics = "";
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline && !metrics.contains("entente_relay_published_total")) {
            metrics = http.getForObject("/actuator/prometheus", String.class);
            Thread.sleep(200);
        }
        assertThat(metrics)
                .contains("entente_commands_total{command=\"FormCoalition\",outcome=\"accepted\"")
                .contains("entente_commands_total{command=\"MakePledge\",outcome=\"rejected\",reason=\"RuleViolation\"}")
                .contains("entente_relay_published_total{topic=\"entente.membership.v1\"}")
                .contains("entente_relay_lag_events")
                .contains("entente_relay_publish_delay_seconds_bucket")
                .contains("commandBus");
    }

    @Test
    void theOpenApiDocumentDescribesCommandsReadsAndProblems() {
        Map<?, ?> document = http.getForObject("/v3/api-docs", Map.class);
        @SuppressWarnings("unchecked")
        Map<String, Object> paths = (Map<String, Object>) document.get("paths");
        assertThat(paths).containsKeys("/coalitions", "/coalitions/{coalitionId}/pledges",
                "/coalitions/{coalitionId}/history", "/coalitions/{coalitionId}/burden-sharing",
                "/coalitions/{coalitionId}/mandate/amendments", "/coalitions/{coalitionId}/milestones/{milestoneId}/slippage");
    }
}
