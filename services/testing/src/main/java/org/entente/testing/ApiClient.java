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
 * A service's HTTP API as a client uses it, for integration tests: JSON in, JSON out, a bearer token from
 * {@link TestTokens} naming the actor (and a header for the exercise, if any). Each service's {@code Api} extends it with the requests of its own domain.
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
    private final List<String> coalitions;
    private final java.util.Set<String> issued = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final Map<String, String> tokensByNation = new java.util.concurrent.ConcurrentHashMap<>();
    private final List<String> clearances;
    private String token;

    /** A client acting as {@code actor} of {@code nation} with {@code roles}, in exercise {@code exerciseId} or none. */
    protected ApiClient(TestRestTemplate http, String actor, String nation, String roles, String exerciseId) {
        this(http, actor, nation, roles, exerciseId, List.of());
    }

    /**
     * A client whose token also scopes its council role (coalition-authority) to {@code coalitions} and carries
     * {@code clearances}.
     */
    protected ApiClient(TestRestTemplate http, String actor, String nation, String roles, String exerciseId,
                        List<String> coalitions, String... clearances) {
        this.http = http;
        this.actor = actor;
        this.nation = nation;
        this.roles = roles;
        this.exerciseId = exerciseId;
        this.coalitions = new java.util.concurrent.CopyOnWriteArrayList<>(coalitions);
        this.clearances = List.of(clearances);
    }

    public String actor() {
        return actor;
    }

    public String nation() {
        return nation;
    }

    public String roles() {
        return roles;
    }

    public List<String> coalitions() {
        return List.copyOf(coalitions);
    }

    /** From now on this client's council role also covers {@code coalitionId} (e.g. the coalition it just formed). */
    public synchronized void joinCouncilOf(String coalitionId) {
        if (!coalitions.contains(coalitionId)) {
            coalitions.add(coalitionId);
            token = null;
        }
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
        headers.setBearerAuth(token());
        if (exerciseId != null) {
            headers.set("X-Exercise-Id", exerciseId);
        }
        return headers;
    }

    /** This client's token: the actor, nation and roles it was made with, signed by the test JVM's issuer. */
    public synchronized String token() {
        if (token == null) {
            List<String> roleNames = roles == null ? List.of()
                    : java.util.Arrays.stream(roles.split(",")).map(String::trim).filter(r -> !r.isEmpty()).toList();
            token = TestTokens.token(new org.entente.infra.issuer.TokenRequest(actor, nation, roleNames, coalitions,
                    clearances, null));
            issued.add(token);
        }
        return token;
    }

    public ResponseEntity<Map<String, Object>> post(String path, Object body) {
        return post(path, body, headers());
    }

    public ResponseEntity<Map<String, Object>> post(String path, Object body, HttpHeaders headers) {
        return http.exchange(path, HttpMethod.POST, new HttpEntity<>(body, actingHeaders(headers, path, body)), JSON);
    }

    /**
     * The nation a write to {@code path} is recorded for, when the service only lets that nation's own planner
     * record it (a pledge, a force, a caveat); null when the write is not nation-bound. A service's client overrides
     * this so that its integration tests act, like the real users, as the planner of the nation concerned; the
     * access matrix tests check the refusal of everyone else.
     */
    protected String actingNation(String path, Object body) {
        return null;
    }

    private HttpHeaders actingHeaders(HttpHeaders given, String path, Object body) {
        String acting = actingNation(path, body);
        HttpHeaders headers = new HttpHeaders();
        headers.putAll(given);
        String bearer = given.getFirst(HttpHeaders.AUTHORIZATION);
        if (bearer != null && issued.contains(bearer.substring("Bearer ".length()))) {
            // Headers taken from this client earlier: its council scope may have grown since.
            headers.setBearerAuth(token());
        }
        if (acting == null || acting.equals(nation)) {
            return headers;
        }
        headers.setBearerAuth(tokensByNation.computeIfAbsent(acting, other -> TestTokens.token(
                new org.entente.infra.issuer.TokenRequest(actor, other, List.of("planner"), List.of(), List.of(),
                        null))));
        return headers;
    }

    /** Reads {@code path} with this client's own token, for {@link #actingNation} lookups. */
    protected Map<String, Object> read(String path) {
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers()), JSON).getBody();
    }

    /** POSTs a body given as JSON text, to send what a typed client could not (wrong types, unknown fields). */
    public ResponseEntity<Map<String, Object>> postRaw(String path, String json) {
        return http.exchange(path, HttpMethod.POST, new HttpEntity<>(json, actingHeaders(headers(), path, null)), JSON);
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

    /** A 400 naming {@code field}, as problem+json. */
    @SuppressWarnings("unchecked")
    public void invalid(ResponseEntity<Map<String, Object>> response, String field) {
        assertThat(response.getStatusCode().value()).as("%s", response).isEqualTo(400);
        assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat((List<Map<String, Object>>) response.getBody().get("errors"))
                .extracting(e -> e.get("field")).contains(field);
    }

    /** A request's {@code decision}: why, on whose authority (either may be null: left out). */
    public static Map<String, Object> decision(String rationale, String authority) {
        return decision(rationale, authority, null);
    }

    /** A request's {@code decision}, taking effect at {@code effectiveTime} (ISO-8601; null: when recorded). */
    public static Map<String, Object> decision(String rationale, String authority, String effectiveTime) {
        Map<String, Object> decision = new LinkedHashMap<>();
        if (rationale != null) {
            decision.put("rationale", rationale);
        }
        if (authority != null) {
            decision.put("authority", authority);
        }
        if (effectiveTime != null) {
            decision.put("effectiveTime", effectiveTime);
        }
        return decision;
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
