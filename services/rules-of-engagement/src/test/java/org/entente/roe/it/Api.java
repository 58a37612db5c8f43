package org.entente.roe.it;

import org.entente.testing.ApiClient;
import org.springframework.boot.test.web.client.TestRestTemplate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The HTTP API as a client uses it, for tests: JSON in, JSON out, a token naming the actor, their nation and roles (and
 * the coalitions their coalition roles, council and command, serve), a header for the exercise.
 */
final class Api extends ApiClient {

    Api(TestRestTemplate http, String actor, String nation, String roles, String exerciseId, List<String> coalitions) {
        super(http, actor, nation, roles, exerciseId, coalitions);
    }

    /** A client whose token also carries {@code clearances} (e.g. coalition-wide-audit). */
    Api(TestRestTemplate http, String actor, String nation, String roles, String exerciseId, List<String> coalitions,
        String... clearances) {
        super(http, actor, nation, roles, exerciseId, coalitions, clearances);
    }

    /**
     * j.smith of {@code nation}, a commander who also sits on the council of {@code coalitionId}: the one actor of
     * most tests, from the profile's establishment to its measures' authorisation and cancellation.
     */
    static Api staff(TestRestTemplate http, String nation, String coalitionId, String exerciseId) {
        return new Api(http, "j.smith", nation, "commander,coalition-authority", exerciseId, List.of(coalitionId));
    }

    /** Another actor, in the same exercise, with {@code roles} (comma-separated) and no council seat. */
    Api as(String actorId, String actorNation, String roles) {
        return new Api(http(), actorId, actorNation, roles, exerciseId(), List.of());
    }

    /**
     * A commander of {@code actorNation} serving this client's coalitions (the token's coalitions claim scopes the
     * command role as it scopes the council's): raises that nation's requests in their profiles.
     */
    Api commander(String actorId, String actorNation) {
        return new Api(http(), actorId, actorNation, "commander", exerciseId(), coalitions());
    }

    /** A planner of {@code actorNation}: declares and lifts that nation's caveats. */
    Api planner(String actorId, String actorNation) {
        return as(actorId, actorNation, "planner");
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

    /** Requests a measure for this client's nation and authorises it, as a commander on the council. */
    String authorised(String operationId, String code, String parameter) {
        return authorise(operationId, request(operationId, code, parameter, nation()));
    }

    /** Authorises a requested measure, as the council. */
    String authorise(String operationId, String requestId) {
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

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> list(Map<String, Object> body, String key) {
        return new ArrayList<>((List<Map<String, Object>>) body.get(key));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }
}
