package org.entente.membership.it;

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
    private static final ParameterizedTypeReference<List<Map<String, Object>>> JSON_LIST =
            new ParameterizedTypeReference<>() {
            };

    private final TestRestTemplate http;
    private final String actor;
    private final String nation;

    public Api(TestRestTemplate http) {
        this(http, "j.smith", "GBR");
    }

    public Api(TestRestTemplate http, String actor, String nation) {
        this.http = http;
        this.actor = actor;
        this.nation = nation;
    }

    public HttpHeaders headers() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.set("X-Actor", actor);
        headers.set("X-Actor-Nation", nation);
        headers.set("X-Actor-Roles", "planner,coalition-authority");
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

    public List<Map<String, Object>> getList(String path) {
        ResponseEntity<List<Map<String, Object>>> response =
                http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers()), JSON_LIST);
        assertThat(response.getStatusCode().is2xxSuccessful()).as("GET %s: %s", path, response).isTrue();
        return response.getBody();
    }

    public Map<String, Object> ok(ResponseEntity<Map<String, Object>> response) {
        assertThat(response.getStatusCode().is2xxSuccessful()).as("expected success, got %s", response).isTrue();
        return response.getBody();
    }

    // ---- a small vocabulary of requests -----------------------------------------------------------------------

    /** Forms a coalition led by {@code lead}, with {@code founders}; returns its id. */
    public String formCoalition(String name, String lead, String... founders) {
        return (String) ok(post("/coalitions", coalition(name, lead, null, founders))).get("coalitionId");
    }

    public static Map<String, Object> coalition(String name, String lead, Map<String, Object> decision,
                                                String... founders) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("kind", "AD_HOC");
        body.put("purpose", "PEACE_ENFORCEMENT");
        body.put("legalBasis", Map.of("type", "UN_SECURITY_COUNCIL_RESOLUTION", "reference", "S/RES/1973 (2011)",
                "adoptedOn", "2011-03-17"));
        body.put("leadNation", lead);
        body.put("mandate", Map.of("objectives", List.of("enforce the arms embargo", "enforce the no-fly zone"),
                "area", "Libya", "expiresOn", "2011-09-27"));
        body.put("foundingMembers", List.of(founders));
        if (decision != null) {
            body.put("decision", decision);
        }
        return body;
    }

    public static Map<String, Object> pledge(String nation, String category, Object value, String unit,
                                             String dueDate) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("nation", nation);
        body.put("category", category);
        body.put("amount", Map.of("value", value, "unit", unit));
        body.put("dueDate", dueDate);
        return body;
    }

    public static Map<String, Object> amount(Object value, String unit) {
        return Map.of("value", value, "unit", unit);
    }

    public static Map<String, Object> decision(String rationale, String authority, String effectiveTime) {
        Map<String, Object> decision = new LinkedHashMap<>();
        decision.put("rationale", rationale);
        decision.put("authority", authority);
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
