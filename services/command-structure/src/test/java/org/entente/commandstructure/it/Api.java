package org.entente.commandstructure.it;

import org.entente.platform.decision.Roles;
import org.entente.testing.ApiClient;
import org.springframework.boot.test.web.client.TestRestTemplate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The HTTP API as a client uses it, for tests: JSON in, JSON out, a bearer token naming the actor, their nation and
 * roles (and the coalitions of a council role), a header for the exercise.
 */
public final class Api extends ApiClient {

    /** A planner of {@code nation}. */
    public Api(TestRestTemplate http, String actor, String nation) {
        this(http, actor, nation, null);
    }

    /** A planner of {@code nation}, in exercise {@code exerciseId}. */
    public Api(TestRestTemplate http, String actor, String nation, String exerciseId) {
        this(http, actor, nation, Roles.PLANNER, exerciseId, List.of());
    }

    public Api(TestRestTemplate http, String actor, String nation, String roles, String exerciseId,
               List<String> coalitions) {
        super(http, actor, nation, roles, exerciseId, coalitions);
    }

    private Api(TestRestTemplate http, String actor, String nation, String roles, List<String> coalitions,
                String... clearances) {
        super(http, actor, nation, roles, null, coalitions, clearances);
    }

    /** A client with exactly {@code roles} (comma-separated) and {@code clearances} (e.g. coalition-wide-audit). */
    public static Api withClearances(TestRestTemplate http, String actor, String nation, String roles,
                                     String... clearances) {
        return new Api(http, actor, nation, roles, List.of(), clearances);
    }

    /** A planner of another nation, another person, in the same exercise. */
    public Api as(String otherActor, String otherNation) {
        return new Api(http(), otherActor, otherNation, exerciseId());
    }

    /** The same person with these roles (comma-separated), a council role scoped to {@code coalitions}. */
    public Api withRoles(String roles, String... coalitions) {
        return new Api(http(), actor(), nation(), roles, exerciseId(), List.of(coalitions));
    }

    /**
     * The same person as a player running {@code coalitionId}'s operations at a tabletop: a seat on its council,
     * planner of their nation, commander of their nation's headquarters.
     */
    public Api player(String coalitionId) {
        return withRoles(String.join(",", Roles.COALITION_AUTHORITY, Roles.PLANNER, Roles.COMMANDER), coalitionId);
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

    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> list(Map<String, Object> body, String key) {
        return (List<Map<String, Object>>) body.get(key);
    }
}
