package org.entente.basing.it;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The HTTP API as a client uses it, for tests: JSON in, JSON out, headers for the actor. */
public final class Api {

    private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
    };

    private final TestRestTemplate http;

    public Api(TestRestTemplate http) {
        this.http = http;
    }

    public HttpHeaders headers() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.set("X-Actor", "m.rossi");
        headers.set("X-Actor-Nation", "ITA");
        headers.set("X-Actor-Roles", "planner,logistician");
        return headers;
    }

    public ResponseEntity<Map<String, Object>> post(String path, Object body) {
        return post(path, body, headers());
    }

    public ResponseEntity<Map<String, Object>> post(String path, Object body, HttpHeaders headers) {
        return http.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), JSON);
    }

    /** POSTs a body given as JSON text, to send what a typed client could not (wrong types, unknown fields). */
    public ResponseEntity<Map<String, Object>> postRaw(String path, String json) {
        return http.exchange(path, HttpMethod.POST, new HttpEntity<>(json, headers()), JSON);
    }

    public ResponseEntity<Map<String, Object>> get(String path) {
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers()), JSON);
    }

    public Map<String, Object> ok(ResponseEntity<Map<String, Object>> response) {
        assertThat(response.getStatusCode().is2xxSuccessful()).as("expected success, got %s", response).isTrue();
        return response.getBody();
    }

    /** A 409 naming {@code rule}, as problem+json. */
    public void refused(ResponseEntity<Map<String, Object>> response, String rule) {
        assertThat(response.getStatusCode().value()).as("%s", response).isEqualTo(409);
        assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(response.getBody()).containsEntry("rule", rule);
    }

    /** A 400 naming {@code field}, as problem+json. */
    @SuppressWarnings("unchecked")
    public void invalid(ResponseEntity<Map<String, Object>> response, String field) {
        assertThat(response.getStatusCode().value()).as("%s", response).isEqualTo(400);
        assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat((List<Map<String, Object>>) response.getBody().get("errors"))
                .extracting(e -> e.get("field")).contains(field);
    }

    // ---- a small vocabulary of requests -----------------------------------------------------------------------

    /** Asks {@code host} for a base; returns its id. */
    public String requestAgreement(String coalitionId, String host, String site, List<String> activities,
                                   Map<String, Object> decision) {
        return (String) ok(post("/agreements", agreement(coalitionId, host, site, activities, decision)))
                .get("agreementId");
    }

    /** Takes an agreement through its three stages, each effective at the given instant (or now). */
    public void bringIntoForce(String agreementId, String mou, String arrangement, String inForce) {
        ok(post("/agreements/" + agreementId + "/stages", stage("MOU_SIGNED", mou)));
        ok(post("/agreements/" + agreementId + "/stages", stage("TECHNICAL_ARRANGEMENT_SIGNED", arrangement)));
        ok(post("/agreements/" + agreementId + "/stages", stage("IN_FORCE", inForce)));
    }

    public static Map<String, Object> agreement(String coalitionId, String host, String site, List<String> activities,
                                                Map<String, Object> decision) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("coalitionId", coalitionId);
        body.put("hostNation", host);
        body.put("site", site);
        body.put("permittedActivities", activities);
        body.put("capacity", Map.of("personnel", 1200, "aircraftParking", 24));
        body.put("validFrom", "2011-03-20T00:00:00Z");
        body.put("validUntil", "2031-09-27T00:00:00Z");
        if (decision != null) {
            body.put("decision", decision);
        }
        return body;
    }

    public static Map<String, Object> stage(String stage, String effectiveTime) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("stage", stage);
        if (effectiveTime != null) {
            body.put("decision", decision("signed", null, effectiveTime));
        }
        return body;
    }

    public static Map<String, Object> decision(String rationale, String authority, String effectiveTime) {
        Map<String, Object> decision = new LinkedHashMap<>();
        decision.put("rationale", rationale);
        if (authority != null) {
            decision.put("authority", authority);
        }
        if (effectiveTime != null) {
            decision.put("effectiveTime", effectiveTime);
        }
        return decision;
    }

    public static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(body);
        copy.put(key, value);
        return copy;
    }

    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> items(Map<String, Object> page) {
        return new ArrayList<>((List<Map<String, Object>>) page.get("items"));
    }
}
