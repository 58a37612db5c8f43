package org.entente.commandstructure.it;

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

/** The HTTP API as a client uses it, for tests: JSON in, JSON out, headers for the actor and the exercise. */
public final class Api {

    private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
    };
    private static final ParameterizedTypeReference<List<Map<String, Object>>> JSON_LIST =
            new ParameterizedTypeReference<>() {
            };

    private final TestRestTemplate http;
    private final String actor;
    private final String nation;
    private final String exerciseId;

    public Api(TestRestTemplate http, String actor, String nation) {
        this(http, actor, nation, null);
    }

    public Api(TestRestTemplate http, String actor, String nation, String exerciseId) {
        this.http = http;
        this.actor = actor;
        this.nation = nation;
        this.exerciseId = exerciseId;
    }

    /** The same client acting for another person and nation. */
    public Api as(String otherActor, String otherNation) {
        return new Api(http, otherActor, otherNation, exerciseId);
    }

    public HttpHeaders headers() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.set("X-Actor", actor);
        headers.set("X-Actor-Nation", nation);
        headers.set("X-Actor-Roles", "planner");
        if (exerciseId != null) {
            headers.set("X-Exercise-Id", exerciseId);
        }
        return headers;
    }

    public ResponseEntity<Map<String, Object>> post(String path, Object body) {
        return post(path, body, headers());
    }

    public ResponseEntity<Map<String, Object>> post(String path, Object body, HttpHeaders headers) {
        return http.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), JSON);
    }

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

    public String establish(String coalitionId, String name, String lead) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("coalitionId", coalitionId);
        body.put("name", name);
        if (lead != null) {
            body.put("leadNation", lead);
        }
        return (String) ok(post("/operations", body)).get("operationId");
    }

    public String headquarters(String operationId, String name, String level, String component, String commander,
                               String parent) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("level", level);
        if (component != null) {
            body.put("component", component);
        }
        body.put("commanderNation", commander);
        if (parent != null) {
            body.put("parentNodeId", parent);
        }
        return (String) ok(post("/operations/" + operationId + "/headquarters", body)).get("nodeId");
    }

    public static Map<String, Object> placement(String forceId, String nation, String nodeId, String degree,
                                                Map<String, Object> scope, Map<String, Object> decision) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("forceId", forceId);
        body.put("nation", nation);
        body.put("forceType", "FRIGATE");
        body.put("size", 1);
        body.put("nodeId", nodeId);
        body.put("degree", degree);
        if (scope != null) {
            body.put("scope", scope);
        }
        if (decision != null) {
            body.put("decision", decision);
        }
        return body;
    }

    public static Map<String, Object> tasking(String nodeId, String forceId, String kind, String function) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("nodeId", nodeId);
        body.put("forceId", forceId);
        body.put("kind", kind);
        if (function != null) {
            body.put("function", function);
        }
        body.put("description", kind.toLowerCase() + " as ordered");
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

    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> items(Map<String, Object> page) {
        return new ArrayList<>((List<Map<String, Object>>) page.get("items"));
    }

    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> list(Map<String, Object> body, String key) {
        return (List<Map<String, Object>>) body.get(key);
    }
}
