package org.entente.roe.it;

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
final class Api {

    private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
    };

    private final TestRestTemplate http;
    private final String actor;
    private final String nation;
    private final String exerciseId;

    Api(TestRestTemplate http) {
        this(http, "j.smith", "GBR", null);
    }

    Api(TestRestTemplate http, String actor, String nation, String exerciseId) {
        this.http = http;
        this.actor = actor;
        this.nation = nation;
        this.exerciseId = exerciseId;
    }

    /** The same client acting for another nation. */
    Api as(String actorId, String actorNation) {
        return new Api(http, actorId, actorNation, exerciseId);
    }

    HttpHeaders headers() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.set("X-Actor", actor);
        headers.set("X-Actor-Nation", nation);
        headers.set("X-Actor-Roles", "planner,roe-authority");
        if (exerciseId != null) {
            headers.set("X-Exercise-Id", exerciseId);
        }
        return headers;
    }

    ResponseEntity<Map<String, Object>> post(String path, Object body) {
        return http.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers()), JSON);
    }

    ResponseEntity<Map<String, Object>> postRaw(String path, String json) {
        return http.exchange(path, HttpMethod.POST, new HttpEntity<>(json, headers()), JSON);
    }

    ResponseEntity<Map<String, Object>> get(String path) {
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers()), JSON);
    }

    Map<String, Object> ok(ResponseEntity<Map<String, Object>> response) {
        assertThat(response.getStatusCode().is2xxSuccessful()).as("expected success, got %s", response).isTrue();
        return response.getBody();
    }

    // ---- a small vocabulary ---------------------------------------------------------------------------------------

    String establish(String operationId) {
        ok(post(profile(operationId), Map.of()));
        return operationId;
    }

    String request(String operationId, String code, String parameter, String requestingNation) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("measureCode", code);
        if (parameter != null) {
            body.put("parameter", parameter);
        }
        body.put("nation", requestingNation);
        return (String) ok(post(profile(operationId) + "/measures", body)).get("requestId");
    }

    String authorised(String operationId, String code, String parameter, String requestingNation) {
        String requestId = request(operationId, code, parameter, requestingNation);
        ok(post(profile(operationId) + "/measures/" + requestId + "/authorisation",
                Map.of("decision", decision("as requested", "NAC decision 27 March"))));
        return requestId;
    }

    Map<String, Object> check(String operationId, String force, String measure, String base) {
        return ok(get("/operations/" + operationId + "/engagement-check?force=" + force + "&measure=" + measure
                + (base == null ? "" : "&base=" + base)));
    }

    @SuppressWarnings("unchecked")
    static List<String> reasonCodes(Map<String, Object> answer) {
        return ((List<Map<String, Object>>) answer.get("reasons")).stream().map(r -> (String) r.get("code")).toList();
    }

    static String profile(String operationId) {
        return "/operations/" + operationId + "/roe-profile";
    }

    static Map<String, Object> decision(String rationale, String authority) {
        Map<String, Object> decision = new LinkedHashMap<>();
        decision.put("rationale", rationale);
        if (authority != null) {
            decision.put("authority", authority);
        }
        return decision;
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> list(Map<String, Object> body, String key) {
        return new ArrayList<>((List<Map<String, Object>>) body.get(key));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }
}
