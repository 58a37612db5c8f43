package org.entente.basing.it;

import org.entente.platform.decision.Roles;
import org.entente.testing.ApiClient;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The HTTP API as a client uses it, for tests: JSON in, JSON out, a bearer token naming the actor. */
public final class Api extends ApiClient {

    /**
     * m.rossi, an Italian planner who also sits on the council of {@code coalitionId}: asks for bases and closes them
     * (council), signs, restricts, suspends and revokes for Italy as host, and asks for Italy's clearances and
     * sustainment.
     */
    public Api(TestRestTemplate http, String coalitionId) {
        this(http, "m.rossi", "ITA", Roles.PLANNER + "," + Roles.COALITION_AUTHORITY, List.of(coalitionId));
    }

    private Api(TestRestTemplate http, String actor, String nation, String roles, List<String> coalitions,
                String... clearances) {
        super(http, actor, nation, roles, null, coalitions, clearances);
    }

    /** An auditor of {@code nation}: reads state, histories and past views, as far as they are releasable to it. */
    public static Api auditor(TestRestTemplate http, String nation) {
        return new Api(http, "auditor." + nation.toLowerCase(), nation, Roles.AUDITOR, List.of());
    }

    /** An auditor of {@code nation} with the coalition-wide audit clearance: sees every event, whatever its releasability. */
    public static Api coalitionWideAuditor(TestRestTemplate http, String nation) {
        return new Api(http, "wide.auditor." + nation.toLowerCase(), nation, Roles.AUDITOR, List.of(),
                Roles.COALITION_WIDE_AUDIT);
    }

    /** A planner of {@code nation}: records for that nation only. */
    public static Api planner(TestRestTemplate http, String nation) {
        return new Api(http, "planner." + nation.toLowerCase(), nation, Roles.PLANNER, List.of());
    }

    /**
     * A US commander serving {@code coalitionId} (the token's coalitions claim scopes the command role): supply routes,
     * and what sustainment delivered or fell short, for that coalition only.
     */
    public static Api commander(TestRestTemplate http, String coalitionId) {
        return new Api(http, "j4.commander", "USA", Roles.COMMANDER, List.of(coalitionId));
    }

    /** A 409 naming {@code rule}, as problem+json. */
    public void refused(ResponseEntity<Map<String, Object>> response, String rule) {
        assertThat(response.getStatusCode().value()).as("%s", response).isEqualTo(409);
        assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(response.getBody()).containsEntry("rule", rule);
    }

    // ---- a small vocabulary of requests -----------------------------------------------------------------------

    /** Asks {@code host} for a base; returns its id. */
    public String requestAgreement(String coalitionId, String host, String site, List<String> activities,
                                   Map<String, Object> decision) {
        return (String) ok(post("/agreements", agreement(coalitionId, host, site, activities, decision)))
                .get("agreementId");
    }

    /** Takes an agreement through its three stages, each effective at the given instant (or now). */
    public void bringIntoForce(String agreementId, String mou, String arrangement, String inForce) {
        ok(post("/agreements/" + agreementId + "/stages", stage("MOU_SIGNED", mou)));
        ok(post("/agreements/" + agreementId + "/stages", stage("TECHNICAL_ARRANGEMENT_SIGNED", arrangement)));
        ok(post("/agreements/" + agreementId + "/stages", stage("IN_FORCE", inForce)));
    }

    public static Map<String, Object> agreement(String coalitionId, String host, String site, List<String> activities,
                                                Map<String, Object> decision) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("coalitionId", coalitionId);
        body.put("hostNation", host);
        body.put("site", site);
        body.put("permittedActivities", activities);
        body.put("capacity", Map.of("personnel", 1200, "aircraftParking", 24));
        body.put("validFrom", "2011-03-20T00:00:00Z");
        body.put("validUntil", "2031-09-27T00:00:00Z");
        if (decision != null) {
            body.put("decision", decision);
        }
        return body;
    }

    public static Map<String, Object> stage(String stage, String effectiveTime) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("stage", stage);
        if (effectiveTime != null) {
            body.put("decision", decision("signed", null, effectiveTime));
        }
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
}
