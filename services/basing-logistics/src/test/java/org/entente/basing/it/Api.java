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
     * (council), restricts, suspends and revokes for Italy as host, and asks for Italy's clearances and sustainment. He
     * signs a stage for one party only: a second signatory ({@link #cosignerOf}) signs for the other.
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

    /**
     * s.bianchi, an Italian on the council of {@code coalitionId} (not a planner): signs the stages for the coalition
     * where m.rossi signs for Italy as host. Of Italy, so that what the two record is recorded by Italy.
     */
    public static Api council(TestRestTemplate http, String coalitionId) {
        return new Api(http, "s.bianchi", "ITA", Roles.COALITION_AUTHORITY, List.of(coalitionId));
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

    /** A commander of {@code nation} serving the coalition. */
    public static Api commander(TestRestTemplate http, String nation, String coalitionId) {
        return new Api(http, "j4." + nation.toLowerCase(), nation, Roles.COMMANDER, List.of(coalitionId));
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

    /**
     * Takes an agreement through its three stages, each signed by both parties (this client, then
     * {@link #cosignerOf its cosigner}) effective at the given instant (or now).
     */
    public void bringIntoForce(String agreementId, String mou, String arrangement, String inForce) {
        Api cosigner = cosignerOf(agreementId);
        signByBoth(agreementId, cosigner, stage("MOU_SIGNED", mou));
        signByBoth(agreementId, cosigner, stage("TECHNICAL_ARRANGEMENT_SIGNED", arrangement));
        signByBoth(agreementId, cosigner, stage("IN_FORCE", inForce));
    }

    /** One stage ({@code body}: stage, decision?) signed by this client, then by {@code cosigner}: it takes effect. */
    public void signByBoth(String agreementId, Api cosigner, Map<String, Object> body) {
        ok(post("/agreements/" + agreementId + "/stages", body));
        ok(cosigner.post("/agreements/" + agreementId + "/stages", body));
    }

    /**
     * Who signs the agreement's stages for the other party than this client: where this client is the host's planner
     * (and signs first, for the host), a council member of the agreement's coalition ({@link #council}); otherwise
     * (this client signs for the coalition) a planner of the host nation.
     */
    @SuppressWarnings("unchecked")
    public Api cosignerOf(String agreementId) {
        Map<String, Object> agreement = ok(get("/agreements/" + agreementId));
        String host = (String) agreement.get("hostNation");
        boolean hostPlanner = host.equals(nation()) && List.of(roles().split(",")).contains(Roles.PLANNER);
        return hostPlanner ? council(http(), (String) agreement.get("coalitionId")) : planner(http(), host);
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

    /**
     * The body of a decision of consequence (a suspension, a revocation), which states its rationale and authority:
     * {@code reason} (if not null) as the reason and the rationale, the host government's decision as the authority.
     */
    public static Map<String, Object> consequential(String reason) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (reason != null) {
            body.put("reason", reason);
        }
        body.put("decision", decision(reason == null ? "the host government decided" : reason,
                "host government decision", null));
        return body;
    }
}
