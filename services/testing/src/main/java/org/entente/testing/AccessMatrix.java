package org.entente.testing;

import org.entente.infra.issuer.TokenRequest;
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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The access matrix of a service: every endpoint called by every persona (each role, for the own and another nation,
 * the council of this and of another coalition, an auditor with coalition-wide clearance, a token with no role, no
 * token at all), asserting the exact status of each call. Personas an endpoint does not {@link Call#allow allow} must
 * get 403 (401 without a token) and change nothing; the allowed ones are called last, in the order given, and must get
 * exactly the status named.
 */
public final class AccessMatrix {

    /** Who calls: a name for the report, and the token's claims (null token: no Authorization header). */
    public record Persona(String name, TokenRequest token) {

        public boolean anonymous() {
            return token == null;
        }
    }

    private final TestRestTemplate http;
    private final String ownNation;
    private final String otherNation;
    private final Map<TokenRequest, String> tokens = new java.util.HashMap<>();
    private int calls;
    private int endpoints;

    public AccessMatrix(TestRestTemplate http, String ownNation, String otherNation) {
        this.http = http;
        this.ownNation = ownNation;
        this.otherNation = otherNation;
    }

    private boolean commandScoped;

    /**
     * Commanders are scoped to coalitions in this service (the token's coalitions claim): adds the persona
     * {@code commander-of-another-coalition}, who must be refused wherever a commander is allowed.
     */
    public AccessMatrix withCommandScope() {
        this.commandScoped = true;
        return this;
    }

    /** The persona set for a record of coalition {@code coalitionId}. */
    public Personas personas(String coalitionId) {
        return new Personas(ownNation, otherNation, coalitionId, commandScoped);
    }

    /** Starts the expectations for one endpoint call. */
    public Call call(String endpoint, HttpMethod method, String path, Object body, Personas personas) {
        return new Call(endpoint, method, path, body, personas);
    }

    /** Calls made so far, and endpoints checked, for the closing report. */
    public int calls() {
        return calls;
    }

    public int endpoints() {
        return endpoints;
    }

    public String report(String service) {
        return "access matrix of " + service + ": " + endpoints + " endpoint calls x personas = " + calls
                + " requests, every status exact";
    }

    /** Each role for the own and the other nation, plus the council scope, audit clearance, no role and no token. */
    public static final class Personas {

        private final Map<String, Persona> byName = new LinkedHashMap<>();

        Personas(String own, String other, String coalitionId, boolean commandScoped) {
            for (String role : List.of("planner", "founder", "commander", "red-card-holder", "auditor", "observer")) {
                TokenRequest ownToken = TokenRequest.of("matrix." + role + "." + own.toLowerCase(), own, role);
                TokenRequest otherToken = TokenRequest.of("matrix." + role + "." + other.toLowerCase(), other, role);
                if (role.equals("commander")) {
                    // Commanders serve the coalition of the record (the claim scopes council and command alike).
                    ownToken = ownToken.forCoalitions(coalitionId);
                    otherToken = otherToken.forCoalitions(coalitionId);
                }
                add(role + "@" + own, ownToken);
                add(role + "@" + other, otherToken);
            }
            if (commandScoped) {
                add("commander-of-another-coalition", TokenRequest.of("matrix.commander.elsewhere", own, "commander")
                        .forCoalitions("another-coalition"));
            }
            add("council@" + own, TokenRequest.of("matrix.council." + own.toLowerCase(), own, "coalition-authority")
                    .forCoalitions(coalitionId));
            add("council@" + other, TokenRequest.of("matrix.council." + other.toLowerCase(), other,
                    "coalition-authority").forCoalitions(coalitionId));
            add("council-of-another-coalition", TokenRequest.of("matrix.council.elsewhere", own,
                    "coalition-authority").forCoalitions("another-coalition"));
            add("auditor-coalition-wide", TokenRequest.of("matrix.auditor.wide", own, "auditor")
                    .withClearances("coalition-wide-audit"));
            add("no-role", TokenRequest.of("matrix.nobody", own));
            byName.put("anonymous", new Persona("anonymous", null));
        }

        private void add(String name, TokenRequest token) {
            byName.put(name, new Persona(name, token));
        }

        public Persona get(String name) {
            Persona persona = byName.get(name);
            if (persona == null) {
                throw new IllegalArgumentException("no persona " + name + "; known: " + byName.keySet());
            }
            return persona;
        }

        public List<Persona> all() {
            return List.copyOf(byName.values());
        }
    }

    /** One endpoint's expectations. */
    public final class Call {

        private final String endpoint;
        private final HttpMethod method;
        private final String path;
        private final Object body;
        private final Personas personas;
        private final Map<String, Integer> allowed = new LinkedHashMap<>();
        private java.util.function.Supplier<Object> state;

        private Call(String endpoint, HttpMethod method, String path, Object body, Personas personas) {
            this.endpoint = endpoint;
            this.method = method;
            this.path = path;
            this.body = body;
            this.personas = personas;
        }

        /** {@code persona} may call and gets exactly {@code status}. Allowed personas are called last, in this order. */
        public Call allow(String persona, int status) {
            personas.get(persona);
            allowed.put(persona, status);
            return this;
        }

        /** What must read the same before and after the refused calls (e.g. the record's ETag). */
        public Call unchanged(java.util.function.Supplier<Object> probe) {
            this.state = probe;
            return this;
        }

        /** Every persona with one of {@code roles} (any nation, any council scope) gets {@code status}: reads. */
        public Call allowRoles(int status, String... roles) {
            for (Persona persona : personas.all()) {
                if (persona.token() != null && persona.token().roles().stream().anyMatch(List.of(roles)::contains)) {
                    allowed.put(persona.name(), status);
                }
            }
            return this;
        }

        /** Sends every call and asserts every status; returns the allowed personas' answers by persona name. */
        public Map<String, ResponseEntity<String>> run() {
            endpoints++;
            List<Persona> refusedFirst = new ArrayList<>();
            personas.all().stream().filter(p -> !allowed.containsKey(p.name())).forEach(refusedFirst::add);
            Map<String, ResponseEntity<String>> answers = new LinkedHashMap<>();
            Object before = state == null ? null : state.get();
            for (Persona persona : refusedFirst) {
                ResponseEntity<String> reply = send(persona);
                int expected = persona.anonymous() ? 401 : 403;
                assertThat(reply.getStatusCode().value())
                        .as("%s %s (%s) as %s: %s", method, path, endpoint, persona.name(), reply.getBody())
                        .isEqualTo(expected);
                assertThat(reply.getHeaders().getContentType()).as("%s as %s", endpoint, persona.name())
                        .isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
            }
            if (state != null) {
                assertThat(state.get()).as("%s: the refused calls changed nothing", endpoint).isEqualTo(before);
            }
            for (Map.Entry<String, Integer> entry : allowed.entrySet()) {
                ResponseEntity<String> reply = send(personas.get(entry.getKey()));
                assertThat(reply.getStatusCode().value())
                        .as("%s %s (%s) as %s: %s", method, path, endpoint, entry.getKey(), reply.getBody())
                        .isEqualTo(entry.getValue());
                answers.put(entry.getKey(), reply);
            }
            return answers;
        }

        private ResponseEntity<String> send(Persona persona) {
            calls++;
            HttpHeaders headers = new HttpHeaders();
            headers.setContentType(MediaType.APPLICATION_JSON);
            if (!persona.anonymous()) {
                headers.setBearerAuth(tokens.computeIfAbsent(persona.token(), TestTokens::token));
            }
            return http.exchange(path, method, new HttpEntity<>(body, headers), String.class);
        }
    }
}
