package org.entente.membership.it;

import org.entente.testing.BadTokens;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Only a token this service's issuer signed, for this audience, still valid, naming an actor, a known nation and
 * roles, gets past the door; everything else is 401 problem+json with the bearer challenge, and changes nothing.
 */
class TokenRejectionIT extends MembershipIntegrationTest {

    @Test
    void everyBadTokenIsRefusedWith401ProblemJsonAndChangesNothing() {
        Api api = new Api(http);
        String coalitionId = api.formCoalition("Operation Door", "GBR", "GBR", "FRA");
        long before = coalitionCount(api);
        String version = api.get("/coalitions/" + coalitionId).getHeaders().getETag();
        for (HttpMethod method : List.of(HttpMethod.GET, HttpMethod.POST)) {
            BadTokens.assertAllRefused(http, method, "/coalitions/" + coalitionId + "/members",
                    method == HttpMethod.POST ? Map.of("nation", "DEU") : null);
        }
        Instant now = Instant.now();
        assertThat(send(HttpMethod.GET, "/coalitions", BadTokens.signed(now, c -> c.claim("nation", null)))
                .getBody().get("detail").toString()).as("the reason names the claim").contains("nation");

        assertThat(coalitionCount(api)).as("nothing was written").isEqualTo(before);
        assertThat(api.get("/coalitions/" + coalitionId).getHeaders().getETag()).isEqualTo(version);
    }

    @Test
    void openEndpointsNeedNoTokenAndEverythingElseDoes() {
        for (String open : List.of("/actuator/health", "/actuator/health/readiness", "/actuator/prometheus",
                "/v3/api-docs")) {
            assertThat(http.getForEntity(open, String.class).getStatusCode()).as(open).isEqualTo(HttpStatus.OK);
        }
        for (String closed : List.of("/coalitions", "/actuator/metrics", "/inbox", "/reference/nations")) {
            assertThat(http.getForEntity(closed, String.class).getStatusCode()).as(closed)
                    .isEqualTo(HttpStatus.UNAUTHORIZED);
        }
    }

    private long coalitionCount(Api api) {
        return Api.items(api.ok(api.get("/coalitions?size=200"))).size();
    }

    private ResponseEntity<Map<String, Object>> send(HttpMethod method, String path, String token) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        if (token != null) {
            headers.setBearerAuth(token);
        }
        Object body = method == HttpMethod.POST
                ? Map.of("nation", "DEU", "decision", Map.of("rationale", "let in by a bad token")) : null;
        return http.exchange(path, method, new HttpEntity<>(body, headers),
                new org.springframework.core.ParameterizedTypeReference<>() {
                });
    }
}
