package org.entente.membership.it;

import org.entente.testing.ApiClient;
import org.springframework.boot.test.web.client.TestRestTemplate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The HTTP API as a client uses it, for tests: JSON in, JSON out, headers for the actor. */
public final class Api extends ApiClient {

    public Api(TestRestTemplate http) {
        this(http, "j.smith", "GBR");
    }

    public Api(TestRestTemplate http, String actor, String nation) {
        this(http, actor, nation, "planner,coalition-authority,founder");
    }

    /** A client with exactly {@code roles} (comma-separated). */
    public Api(TestRestTemplate http, String actor, String nation, String roles) {
        super(http, actor, nation, roles, null);
    }

    /** A client with exactly {@code roles} and {@code clearances} (e.g. coalition-wide-audit). */
    public Api(TestRestTemplate http, String actor, String nation, String roles, String clearance,
               String... moreClearances) {
        super(http, actor, nation, roles, null, List.of(), concat(clearance, moreClearances));
    }

    private static String[] concat(String first, String... rest) {
        String[] all = new String[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }

    private static final java.util.regex.Pattern NEW_PLEDGE = java.util.regex.Pattern.compile("/coalitions/[^/]+/pledges");
    private static final java.util.regex.Pattern PLEDGE = java.util.regex.Pattern.compile(
            "(/coalitions/[^/]+/pledges/[^/?]+)/.*");
    private static final java.util.regex.Pattern SUPPORT = java.util.regex.Pattern.compile(
            "/coalitions/[^/]+/members/([^/]+)/domestic-support");

    /** Pledges and domestic support are recorded by the planner of the nation concerned, as in real use. */
    @Override
    protected String actingNation(String path, Object body) {
        String bare = path.replaceFirst("\\?.*", "");
        if (NEW_PLEDGE.matcher(bare).matches() && body instanceof Map<?, ?> pledge && pledge.get("nation") instanceof String n) {
            return n;
        }
        java.util.regex.Matcher existing = PLEDGE.matcher(bare);
        if (existing.matches()) {
            Map<String, Object> pledge = read(existing.group(1));
            return pledge == null ? null : (String) pledge.get("nation");
        }
        java.util.regex.Matcher support = SUPPORT.matcher(bare);
        return support.matches() ? support.group(1) : null;
    }

    /** Posts a new coalition; this client then sits on its council, as its founder does. */
    @Override
    public org.springframework.http.ResponseEntity<Map<String, Object>> post(String path, Object body,
                                                                             org.springframework.http.HttpHeaders headers) {
        org.springframework.http.ResponseEntity<Map<String, Object>> reply = super.post(path, body, headers);
        if ("/coalitions".equals(path) && reply.getStatusCode().is2xxSuccessful() && reply.getBody() != null
                && reply.getBody().get("coalitionId") instanceof String id) {
            joinCouncilOf(id);
        }
        return reply;
    }

    // ---- a small vocabulary of requests -----------------------------------------------------------------------

    /** Forms a coalition led by {@code lead}, with {@code founders}; returns its id. */
    public String formCoalition(String name, String lead, String... founders) {
        return (String) ok(post("/coalitions", coalition(name, lead, null, founders))).get("coalitionId");
    }

    /** A coalition formed, as entered today, effective at {@code formedAt}: decisions about it may be dated from then. */
    public String formCoalitionAsOf(String formedAt, String name, String lead, String... founders) {
        return (String) ok(post("/coalitions", coalition(name, lead, decision(null, null, formedAt), founders)))
                .get("coalitionId");
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
                "area", "Libya", "expiresOn", "2031-09-27"));
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
}
