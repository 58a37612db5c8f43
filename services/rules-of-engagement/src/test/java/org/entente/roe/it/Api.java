package org.entente.roe.it;

import org.entente.testing.ApiClient;
import org.springframework.boot.test.web.client.TestRestTemplate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The HTTP API as a client uses it, for tests: JSON in, JSON out, headers for the actor and the exercise. */
final class Api extends ApiClient {

    Api(TestRestTemplate http) {
        this(http, "j.smith", "GBR", null);
    }

    Api(TestRestTemplate http, String actor, String nation, String exerciseId) {
        super(http, actor, nation, "planner,roe-authority", exerciseId);
    }

    /** The same client acting for another nation. */
    Api as(String actorId, String actorNation) {
        return new Api(http(), actorId, actorNation, exerciseId());
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
