package org.entente.basing.it;

import org.entente.contracts.membership.v1.MemberReinstated;
import org.entente.contracts.membership.v1.MemberSuspended;
import org.entente.platform.decision.Roles;
import org.entente.platform.roster.Standing;
import org.entente.testing.AccessMatrix;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.basing.it.Api.items;
import static org.entente.testing.Eventually.await;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

/**
 * Who may do what, endpoint by endpoint: every endpoint of the service called by every persona (each role for Italy,
 * the own nation, and the USA, the other; the council of this coalition and of another; a commander of another
 * coalition; an auditor with coalition-wide clearance; a token without a role; no token), asserting the exact status
 * of each call. Commanders are scoped to coalitions here ({@link AccessMatrix#withCommandScope}): the commander
 * personas serve the record's coalition, the commander of another coalition is refused every write. Italy hosts
 * the bases, grants or asks for the clearances and asks for the sustainment the writes act on; each write gets
 * fresh records, set up by a privileged client, and afterwards the record's history shows that only the allowed
 * calls recorded anything.
 */
class AccessMatrixIT extends BasingIntegrationTest {

    private static final String OWN = "ITA";
    private static final String OTHER = "USA";
    private static final String[] EVERY_ROLE = Roles.ALL.toArray(String[]::new);
    private static final String[] EVERY_ROLE_BUT_OBSERVER = Roles.ALL.stream()
            .filter(role -> !role.equals(Roles.OBSERVER)).toArray(String[]::new);

    private static AccessMatrix matrix;

    private String coalitionId;
    /** Italy's planner on the council of the coalition: sets up what the calls act on. */
    private Api setup;
    private Api usa;
    /** A US commander serving the coalition: opens the routes the status calls act on. */
    private Api commander;
    private AccessMatrix.Personas personas;

    @BeforeEach
    void coalitionOfItalyAndTheUsa() {
        if (matrix == null) {
            matrix = new AccessMatrix(http, OWN, OTHER).withCommandScope();
        }
        coalitionId = coalition(null, OTHER, null, OWN);
        setup = new Api(http, coalitionId);
        usa = Api.planner(http, OTHER);
        commander = Api.commander(http, coalitionId);
        personas = matrix.personas(coalitionId);
    }

    @AfterAll
    static void report() {
        if (matrix != null) {
            System.out.println(matrix.report("basing-logistics"));
        }
    }

    // --- basing agreements: the council asks and closes, the host decides, each signs every stage ---

    @Test
    void theCouncilOfTheCoalitionAsksForABase() {
        Map<String, ResponseEntity<String>> answers = matrix.call("request agreement", POST, "/agreements",
                        Api.agreement(coalitionId, OWN, "Aviano", List.of("LOGISTICS"), null), personas)
                .allow("council@" + OWN, 201).allow("council@" + OTHER, 201).run();
        assertThat(answers.get("council@" + OWN).getBody()).contains("agreementId");
        assertThat(items(setup.ok(setup.get("/agreements?coalitionId=" + coalitionId))))
                .as("only the council's two requests were recorded").hasSize(2);
    }

    @Test
    void theHostsPlannerAndTheCouncilEachSignAStage() {
        String agreementId = requested();
        matrix.call("sign a stage", POST, "/agreements/" + agreementId + "/stages",
                        Api.stage("MOU_SIGNED", null), personas)
                .unchanged(() -> setup.get("/agreements/" + agreementId).getHeaders().getETag())
                .allow("planner@" + OWN, 200) // the host's signature
                .allow("council@" + OWN, 200) // the coalition's: the stage takes effect
                .allow("council@" + OTHER, 409) // past the authority: in effect already
                .run();
        assertThat(setup.ok(setup.get("/agreements/" + agreementId))).containsEntry("status", "MOU_SIGNED");
        recorded("/agreements/" + agreementId, 3);
    }

    @Test
    void onlyTheHostRestrictsSuspendsReinstatesAndRevokes() {
        String restricted = inForce();
        matrix.call("restrict agreement", POST, "/agreements/" + restricted + "/restriction",
                        Map.of("permittedActivities", List.of("LOGISTICS"), "reason", "no ISR from our soil"), personas)
                .allow("planner@" + OWN, 200).run();
        assertThat(setup.ok(setup.get("/agreements/" + restricted)))
                .containsEntry("permittedActivities", List.of("LOGISTICS"));
        recorded("/agreements/" + restricted, 8);

        String suspended = inForce();
        matrix.call("suspend agreement", POST, "/agreements/" + suspended + "/suspension",
                Api.consequential("parliament review"), personas).allow("planner@" + OWN, 200).run();
        recorded("/agreements/" + suspended, 8);

        matrix.call("reinstate agreement", POST, "/agreements/" + suspended + "/reinstatement", null, personas)
                .allow("planner@" + OWN, 200).run();
        assertThat(setup.ok(setup.get("/agreements/" + suspended))).containsEntry("status", "IN_FORCE");
        recorded("/agreements/" + suspended, 9);

        String revoked = inForce();
        matrix.call("revoke agreement", POST, "/agreements/" + revoked + "/revocation",
                Api.consequential("government changed"), personas).allow("planner@" + OWN, 200).run();
        assertThat(setup.ok(setup.get("/agreements/" + revoked))).containsEntry("status", "REVOKED");
        recorded("/agreements/" + revoked, 8);
    }

    @Test
    void eitherPartyRenewsAnAgreement() {
        String agreementId = inForce();
        matrix.call("renew agreement", POST, "/agreements/" + agreementId + "/renewal",
                        Map.of("validUntil", "2032-03-27T00:00:00Z"), personas)
                .allow("planner@" + OWN, 200)
                .allow("council@" + OWN, 409).allow("council@" + OTHER, 409) // past the authority: same end again
                .run();
        assertThat(setup.ok(setup.get("/agreements/" + agreementId)))
                .containsEntry("validUntil", "2032-03-27T00:00:00Z");
        recorded("/agreements/" + agreementId, 8);
    }

    @Test
    void eitherPartyRecordsThatAnAgreementExpired() {
        Instant end = Instant.now().plusSeconds(5).truncatedTo(ChronoUnit.SECONDS);
        Map<String, Object> body = Api.agreement(coalitionId, OWN, "Gioia del Colle", List.of("LOGISTICS"), null);
        body.put("validUntil", end.toString());
        String lapsing = (String) setup.ok(setup.post("/agreements", body)).get("agreementId");
        setup.bringIntoForce(lapsing, null, null, null);
        await("the agreement's end has passed", () -> Instant.now().isAfter(end.plusMillis(500)));

        matrix.call("expire agreement", POST, "/agreements/" + lapsing + "/expiry", null, personas)
                .allow("planner@" + OWN, 200)
                .allow("council@" + OWN, 409).allow("council@" + OTHER, 409) // past the authority: expired already
                .run();
        assertThat(setup.ok(setup.get("/agreements/" + lapsing))).containsEntry("status", "EXPIRED");
        recorded("/agreements/" + lapsing, 8);
    }

    @Test
    void theCouncilOfTheCoalitionClosesAnAgreement() {
        String agreementId = requested();
        matrix.call("close agreement", POST, "/agreements/" + agreementId + "/closure", null, personas)
                .allow("council@" + OWN, 200)
                .allow("council@" + OTHER, 409) // past the authority: closed already
                .run();
        assertThat(setup.ok(setup.get("/agreements/" + agreementId))).containsEntry("status", "CLOSED");
        recorded("/agreements/" + agreementId, 2);
    }

    // --- clearances: the user nation asks, the granting state decides, each for itself ---

    @Test
    void aPlannerAsksForClearanceForTheirOwnNation() {
        matrix.call("request clearance", POST, "/clearances",
                clearance(OWN, "FRA", Instant.now().plus(40, ChronoUnit.DAYS), false), personas)
                .allow("planner@" + OWN, 201).run();
        assertThat(items(setup.ok(setup.get("/clearances?nation=FRA&coalitionId=" + coalitionId))))
                .singleElement().satisfies(c -> assertThat(c).containsEntry("userNation", OWN));
    }

    @Test
    void onlyTheGrantingStateGrantsOrDenies() {
        String granted = askedOfItaly(Instant.now().plus(40, ChronoUnit.DAYS), false);
        matrix.call("grant clearance", POST, "/clearances/" + granted + "/grant", Map.of("clearanceNumber",
                "ITA-2011-0457", "validUntil", Instant.now().plus(41, ChronoUnit.DAYS).toString()), personas)
                .allow("planner@" + OWN, 200).run();
        assertThat(setup.ok(setup.get("/clearances/" + granted))).containsEntry("status", "GRANTED");
        recorded("/clearances/" + granted, 2);

        String denied = askedOfItaly(Instant.now().plus(40, ChronoUnit.DAYS), false);
        matrix.call("deny clearance", POST, "/clearances/" + denied + "/denial",
                Map.of("reason", "airspace closed"), personas).allow("planner@" + OWN, 200).run();
        assertThat(setup.ok(setup.get("/clearances/" + denied))).containsEntry("status", "DENIED");
        recorded("/clearances/" + denied, 2);
    }

    @Test
    void eitherTheUserOrTheGrantingStateRecordsThatAClearanceExpired() {
        Instant firstUse = Instant.now().plusSeconds(5).truncatedTo(ChronoUnit.SECONDS);
        String clearanceId = askedOfItaly(firstUse, true);
        Instant end = firstUse.plusSeconds(1);
        setup.ok(setup.post("/clearances/" + clearanceId + "/grant", Map.of("clearanceNumber", "ITA-2011-0458",
                "validUntil", end.toString())));
        await("the clearance's end has passed", () -> Instant.now().isAfter(end.plusMillis(500)));

        matrix.call("expire clearance", POST, "/clearances/" + clearanceId + "/expiry", null, personas)
                .allow("planner@" + OWN, 200)
                .allow("planner@" + OTHER, 409) // the user, past the authority: expired already
                .run();
        assertThat(setup.ok(setup.get("/clearances/" + clearanceId))).containsEntry("status", "EXPIRED");
        recorded("/clearances/" + clearanceId, 3);
    }

    @Test
    void onlyTheGrantingStateReinstatesItsClearance() {
        String clearanceId = askedOfItaly(Instant.now().plus(40, ChronoUnit.DAYS), false);
        setup.ok(setup.post("/clearances/" + clearanceId + "/grant", Map.of("clearanceNumber", "ITA-2011-0459",
                "validUntil", Instant.now().plus(41, ChronoUnit.DAYS).toString())));
        membershipEvent(coalitionId, new MemberSuspended(coalitionId, OWN), null);
        await("suspended with Italy", () -> "SUSPENDED".equals(setup.ok(setup.get("/clearances/" + clearanceId))
                .get("status")));
        membershipEvent(coalitionId, new MemberReinstated(coalitionId, OWN), null);
        await("Italy stands again", () -> roster.standing(coalitionId, OWN) == Standing.ACTIVE_MEMBER);

        matrix.call("reinstate clearance", POST, "/clearances/" + clearanceId + "/reinstatement", null, personas)
                .allow("planner@" + OWN, 200).run();
        assertThat(setup.ok(setup.get("/clearances/" + clearanceId))).containsEntry("status", "GRANTED");
        recorded("/clearances/" + clearanceId, 4);
    }

    // --- supply routes: the coalition's commanders (a commander of another coalition is refused: command-scope) ---

    @Test
    void commandersRecordRoutesAndTheirStatus() {
        matrix.call("open route", POST, "/routes", ReactionsIT.route(coalitionId, null), personas)
                .allow("commander@" + OWN, 201).allow("commander@" + OTHER, 201).run();
        assertThat(items(setup.ok(setup.get("/routes?coalitionId=" + coalitionId)))).hasSize(2);

        String routeId = route();
        matrix.call("route status", POST, "/routes/" + routeId + "/status",
                        Map.of("status", "CONTESTED", "reason", "ambush reported"), personas)
                .allow("commander@" + OWN, 200)
                .allow("commander@" + OTHER, 409) // past the authority: contested already
                .run();
        assertThat(setup.ok(setup.get("/routes/" + routeId))).containsEntry("status", "CONTESTED");
        recorded("/routes/" + routeId, 2);
    }

    // --- sustainment: the force's nation asks and cancels; the logistics chain delivers and flags ---

    @Test
    void aPlannerAsksForSustainmentOfTheirOwnNationsForceAndCancelsIt() {
        String base = inForce();
        matrix.call("request sustainment", POST, "/sustainment-requests",
                ReactionsIT.sustainment(coalitionId, base, "120"), personas).allow("planner@" + OWN, 201).run();
        assertThat(items(setup.ok(setup.get("/sustainment-requests?coalitionId=" + coalitionId)))).hasSize(1);

        String requestId = sustainment(base);
        matrix.call("cancel sustainment", POST, "/sustainment-requests/" + requestId + "/cancellation",
                Map.of("reason", "the force moved"), personas).allow("planner@" + OWN, 200).run();
        assertThat(setup.ok(setup.get("/sustainment-requests/" + requestId))).containsEntry("status", "CLOSED");
        recorded("/sustainment-requests/" + requestId, 2);
    }

    @Test
    void commandersRecordDeliveriesAndShortfalls() {
        String base = inForce();
        String delivered = sustainment(base);
        matrix.call("record delivery", POST, "/sustainment-requests/" + delivered + "/deliveries",
                        Map.of("quantity", Map.of("value", 10, "unit", "t")), personas)
                .allow("commander@" + OWN, 201).allow("commander@" + OTHER, 201).run();
        assertThat(setup.ok(setup.get("/sustainment-requests/" + delivered))).containsEntry("outstanding", 100);
        recorded("/sustainment-requests/" + delivered, 3);

        String flagged = sustainment(base);
        matrix.call("flag shortfall", POST, "/sustainment-requests/" + flagged + "/shortfall",
                        Map.of("reason", "tanker diverted"), personas)
                .allow("commander@" + OWN, 200).allow("commander@" + OTHER, 200).run();
        assertThat(setup.ok(setup.get("/sustainment-requests/" + flagged))).containsEntry("status", "SHORTFALL");
        recorded("/sustainment-requests/" + flagged, 3);
    }

    @Test
    void aCommanderOfAnotherCoalitionIsRefusedUnderTheCommandScopeRule() {
        Api elsewhere = Api.commander(http, "another-coalition");
        commandScope(elsewhere.post("/routes", ReactionsIT.route(coalitionId, null)));
        assertThat(items(setup.ok(setup.get("/routes?coalitionId=" + coalitionId)))).isEmpty();

        String routeId = route();
        commandScope(elsewhere.post("/routes/" + routeId + "/status", Map.of("status", "CLOSED")));
        recorded("/routes/" + routeId, 1);

        String requestId = sustainment(inForce());
        commandScope(elsewhere.post("/sustainment-requests/" + requestId + "/deliveries",
                Map.of("quantity", Map.of("value", 10, "unit", "t"))));
        commandScope(elsewhere.post("/sustainment-requests/" + requestId + "/shortfall",
                Map.of("reason", "tanker diverted")));
        recorded("/sustainment-requests/" + requestId, 1);
    }

    // --- reads: state for every role, histories and past views for every role but observer ---

    @Test
    void everyRoleReadsStateAndEveryRoleButObserverReadsHistoriesAndPastViews() {
        String agreementId = inForce();
        String clearanceId = askedOfItaly(Instant.now().plus(40, ChronoUnit.DAYS), false);
        String routeId = route();
        String requestId = sustainment(agreementId);
        String now = Instant.now().toString();
        String coalition = "coalitionId=" + coalitionId;

        Map<String, String> state = new LinkedHashMap<>();
        state.put("list agreements", "/agreements?" + coalition);
        state.put("one agreement", "/agreements/" + agreementId);
        state.put("list clearances", "/clearances?nation=" + OWN + "&" + coalition);
        state.put("one clearance", "/clearances/" + clearanceId);
        state.put("list routes", "/routes?" + coalition);
        state.put("one route", "/routes/" + routeId);
        state.put("list sustainment", "/sustainment-requests?" + coalition);
        state.put("shortfalls", "/sustainment-requests/shortfalls?" + coalition);
        state.put("one sustainment request", "/sustainment-requests/" + requestId);
        state.put("vocabulary", "/reference/vocabulary");
        state.put("supply classes", "/reference/supply-classes");
        state.put("agreement transitions", "/reference/agreement-transitions");
        state.put("clearance lead times", "/reference/clearance-lead-times");
        state.put("one state's lead time", "/reference/clearance-lead-times/EGY");
        Map<String, Map<String, ResponseEntity<String>>> answers = new LinkedHashMap<>();
        state.forEach((name, path) -> answers.put(name,
                matrix.call(name, GET, path, null, personas).allowRoles(200, EVERY_ROLE).run()));
        assertThat(answers.get("one agreement").get("observer@" + OTHER).getBody())
                .as("a dashboard of the other nation reads the base's state").contains("\"status\":\"IN_FORCE\"");

        Map<String, String> past = new LinkedHashMap<>();
        past.put("agreement history", "/agreements/" + agreementId + "/history");
        past.put("clearance history", "/clearances/" + clearanceId + "/history");
        past.put("route history", "/routes/" + routeId + "/history");
        past.put("sustainment history", "/sustainment-requests/" + requestId + "/history");
        past.put("agreements as of", "/agreements?" + coalition + "&asOf=" + now);
        past.put("agreement as of", "/agreements/" + agreementId + "?asOf=" + now);
        past.put("agreement as known at", "/agreements/" + agreementId + "?knownAt=" + now);
        past.put("clearances as of", "/clearances?nation=" + OWN + "&" + coalition + "&asOf=" + now);
        past.put("clearance as of", "/clearances/" + clearanceId + "?asOf=" + now);
        past.put("routes as of", "/routes?" + coalition + "&asOf=" + now);
        past.put("route as of", "/routes/" + routeId + "?asOf=" + now);
        past.put("sustainment as of", "/sustainment-requests?" + coalition + "&asOf=" + now);
        past.put("shortfalls as of", "/sustainment-requests/shortfalls?" + coalition + "&asOf=" + now);
        past.put("sustainment request as of", "/sustainment-requests/" + requestId + "?asOf=" + now);
        past.put("inbox", "/inbox");
        past.forEach((name, path) -> answers.put(name, matrix.call(name, GET, path, null, personas)
                .allowRoles(200, EVERY_ROLE_BUT_OBSERVER).run()));
        matrix.call("POST /inbox/dead-letters/{eventId}/redrive", POST,
                "/inbox/dead-letters/no-such-event/redrive", null, personas).run(); // operators only: no persona here
        assertThat(answers.get("agreement history").get("auditor@" + OTHER).getBody())
                .as("an auditor reads who decided what").contains("BasingAgreementAdvanced");
    }

    // --- fixtures ---

    private String requested() {
        return setup.requestAgreement(coalitionId, OWN, "Aviano", List.of("LOGISTICS", "ISR"), null);
    }

    /** An agreement hosted by Italy, in force (7 events: each stage signed by Italy, then by the council). */
    private String inForce() {
        String agreementId = requested();
        setup.bringIntoForce(agreementId, null, null, null);
        return agreementId;
    }

    /** A clearance the USA asked of Italy. */
    private String askedOfItaly(Instant firstUse, boolean urgent) {
        return (String) usa.ok(usa.post("/clearances", clearance(OTHER, OWN, firstUse, urgent))).get("clearanceId");
    }

    private String route() {
        return (String) commander.ok(commander.post("/routes", ReactionsIT.route(coalitionId, null))).get("routeId");
    }

    /** 120 t of fuel for an Italian force, through {@code base}. */
    private String sustainment(String base) {
        return (String) setup.ok(setup.post("/sustainment-requests", ReactionsIT.sustainment(coalitionId, base, "120")))
                .get("requestId");
    }

    private Map<String, Object> clearance(String user, String granting, Instant firstUse, boolean urgent) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("coalitionId", coalitionId);
        body.put("userNation", user);
        body.put("grantingNation", granting);
        body.put("kind", "PER_FLIGHT");
        body.put("purpose", "OVERFLIGHT");
        body.put("aircraft", "C-17A");
        body.put("firstUseAt", firstUse.toString());
        body.put("urgent", urgent);
        return body;
    }

    /** A 403 problem+json under the rule {@code command-scope}: the record's coalition is not the commander's. */
    private static void commandScope(ResponseEntity<Map<String, Object>> response) {
        assertThat(response.getStatusCode().value()).as("%s", response).isEqualTo(403);
        assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(response.getBody()).containsEntry("rule", "command-scope");
    }

    /** The record's history holds exactly {@code events}: the refused calls recorded nothing. */
    private void recorded(String path, int events) {
        assertThat(setup.ok(setup.get(path + "/history"))).as("events of %s", path)
                .containsEntry("totalItems", events);
    }
}
