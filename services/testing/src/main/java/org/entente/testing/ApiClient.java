package org.entente.testing;

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

/**
 * A service's HTTP API as a client uses it, for integration tests: JSON in, JSON out, headers for the actor (and the
 * exercise, if any). Each service's {@code Api} extends it with the requests of its own domain.
 */
public abstract class ApiClient {

    private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
    };
    private static final ParameterizedTypeReference<List<Map<String, Object>>> JSON_LIST =
            new ParameterizedTypeReference<>() {
            };

    private final TestRestTemplate http;
    private final String actor;
    private final String nation;
    private final String roles;
    private final String exerciseId;

    /** A client acting as {@code actor} of {@code nation} with {@code roles}, in exercise {@code exerciseId} or none. */
    protected ApiClient(TestRestTemplate http, String actor, String nation, String roles, String exerciseId) {
        this.http = http;
        this.actor = actor;
        this.nation = nation;
        this.roles = roles;
        this.exerciseId = exerciseId;
    }

    protected TestRestTemplate http() {
        return http;
    }

    protected String exerciseId() {
        return exerciseId;
    }

    public HttpHeaders headers() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.set("X-Actor", actor);
        headers.set("X-Actor-Nation", nation);
        headers.set("X-Actor-Roles", roles);
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

    /** POSTs a body given as JSON text, to send what a typed client could not (wrong types, unknown fields). */
    public ResponseEntity<Map<String, Object>> postRaw(String path, String json) {
        return http.exchange(path, HttpMethod.POST, new HttpEntity<>(json, headers()), JSON);
    }

    public ResponseEntity<Map<String, Object>> get(String path) {
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers()), JSON);
    }

    /** GETs a JSON array, which must be answered with success. */
    public List<Map<String, Object>> getList(String path) {
        ResponseEntity<List<Map<String, Object>>> response =
                http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers()), JSON_LIST);
        assertThat(response.getStatusCode().is2xxSuccessful()).as("GET %s: %s", path, response).isTrue();
        return response.getBody();
    }

    /** The body of a successful answer; anything else fails the test. */
    public Map<String, Object> ok(ResponseEntity<Map<String, Object>> response) {
        assertThat(response.getStatusCode().is2xxSuccessful()).as("expected success, got %s", response).isTrue();
        return response.getBody();
    }

    /** A copy of {@code body} with {@code key} set to {@code value}. */
    public static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(body);
        copy.put(key, value);
        return copy;
    }

    /** The items of a page, as a list the test may change. */
    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> items(Map<String, Object> page) {
        return new ArrayList<>((List<Map<String, Object>>) page.get("items"));
    }
}
