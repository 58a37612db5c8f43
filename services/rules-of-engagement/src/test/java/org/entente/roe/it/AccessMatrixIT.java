package org.entente.roe.it;

import org.entente.contracts.basing.v1.BasingAgreementAdvanced;
import org.entente.contracts.membership.v1.Mandate;
import org.entente.contracts.membership.v1.MandateAmended;
import org.entente.testing.AccessMatrix;
import org.entente.testing.AccessMatrix.Personas;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.roe.it.Api.decision;
import static org.entente.roe.it.Api.list;
import static org.entente.roe.it.Api.map;
import static org.entente.roe.it.Api.profile;
import static org.entente.testing.Eventually.await;

/**
 * Who may call what: every endpoint of the service, called by every persona (each role for GBR and for FRA, both
 * active members; the council of this coalition and of another; a commander of another coalition; an auditor with
 * coalition-wide clearance; a token without a role; no token), each status asserted exactly. Commanders are scoped to
 * coalitions here ({@link AccessMatrix#withCommandScope}): the commander personas serve the record's coalition, and
 * the commander of another coalition is refused (403) every write a commander may make. The engagement check, a read,
 * is not scoped: it answers every commander persona, that one included. Every write starts from its own fresh state,
 * which a privileged client sets up; after it, the state shows that only the allowed calls changed anything.
 */
class AccessMatrixIT extends RoeIntegrationTest {

    private static final String OWN = "GBR";
    private static final String OTHER = "FRA";
    /** Every role: what reads of current state allow. */
    private static final String[] EVERY_ROLE = {"planner", "founder", "commander", "red-card-holder", "auditor",
            "observer", "coalition-authority"};
    /** Histories and past views: every role but observer. */
    private static final String[] ALL_BUT_OBSERVER = {"planner", "founder", "commander", "red-card-holder", "auditor",
            "coalition-authority"};

    private static AccessMatrix matrix;

    private final Upstream upstream = new Upstream();
    @org.springframework.beans.factory.annotation.Autowired
    org.entente.platform.roster.CoalitionRoster roster;
    private String coalitionId;
    private Personas personas;
    /** Sets the scene: a commander of GBR who sits on this coalition's council. */
    private Api staff;

    @BeforeEach
    void aCoalitionOfGbrAndFra() {
        if (matrix == null) {
            matrix = new AccessMatrix(http, OWN, OTHER).withCommandScope();
        }
        coalitionId = upstream.coalition(null, OWN, OTHER);
        personas = matrix.personas(coalitionId);
        staff = Api.staff(http, OWN, coalitionId, null);
        coalitionKnown();
    }

    @AfterAll
    static void report() {
        if (matrix != null) {
            System.out.println(matrix.report("rules-of-engagement"));
        }
    }

    // ---- the ROE profile --------------------------------------------------------------------------------------------

    @Test
    void aCommanderEstablishesTheProfile() {
        String operationId = operation();
        matrix.call("establish the ROE profile", HttpMethod.POST, profile(operationId), Map.of(), personas)
                .allow("commander@GBR", 201).allow("commander@FRA", 409).run();

        assertThat(history(profile(operationId))).as("only the first commander's call recorded anything")
                .containsEntry("totalItems", 1);
        assertThat(list(history(profile(operationId)), "items").get(0)).containsEntry("type", "RoeProfileEstablished")
                .containsEntry("actor", "matrix.commander.gbr");
    }

    @Test
    void aCommanderRaisesRequestsForHisOwnNationOnly() {
        String operationId = staff.establish(operation());
        matrix.call("request a measure", HttpMethod.POST, profile(operationId) + "/measures",
                        Map.of("measureCode", "13A", "nation", OWN), personas)
                .allow("commander@GBR", 201).run();

        List<Map<String, Object>> measures = list(staff.ok(staff.get(profile(operationId))), "measures");
        assertThat(measures).singleElement().satisfies(measure -> {
            assertThat(measure).containsEntry("nation", OWN).containsEntry("status", "REQUESTED");
            assertThat(map(measure.get("requested"))).containsEntry("actor", "matrix.commander.gbr");
        });
    }

    @Test
    void theCouncilOfTheOperationsCoalitionAuthorises() {
        String operationId = staff.establish(operation());
        String requestId = staff.request(operationId, "13A", null, OWN);
        matrix.call("authorise a measure", HttpMethod.POST, measure(operationId, requestId) + "/authorisation",
                        Map.of("decision", decision("escalation ladder agreed", "NAC decision 27 March")), personas)
                .allow("council@GBR", 200).allow("council@FRA", 409).run();

        Map<String, Object> measure = onlyMeasure(operationId);
        assertThat(measure).containsEntry("status", "AUTHORISED");
        assertThat(map(measure.get("authorised"))).containsEntry("actor", "matrix.council.gbr");
        assertThat(history(profile(operationId))).containsEntry("totalItems", 3);
    }

    @Test
    void aCommanderImplementsAnAuthorisedMeasure() {
        String operationId = staff.establish(operation());
        String requestId = staff.authorised(operationId, "13A", null);
        matrix.call("implement a measure", HttpMethod.POST, measure(operationId, requestId) + "/implementation",
                        Map.of(), personas)
                .allow("commander@GBR", 200).allow("commander@FRA", 409).run();

        Map<String, Object> measure = onlyMeasure(operationId);
        assertThat(measure).containsEntry("status", "IMPLEMENTED");
        assertThat(map(measure.get("implemented"))).containsEntry("actor", "matrix.commander.gbr");
        assertThat(history(profile(operationId))).containsEntry("totalItems", 4);
    }

    @Test
    void aCommanderWithdrawsHisOwnNationsRequestAwaitingAuthorisation() {
        String operationId = staff.establish(operation());
        String requestId = staff.request(operationId, "13A", null, OWN);
        // the council may cancel it too: it gets past the refusal to the rule that it is cancelled already
        matrix.call("cancel a request awaiting authorisation", HttpMethod.POST,
                        measure(operationId, requestId) + "/cancellation", Map.of("reason", "no longer needed"),
                        personas)
                .allow("commander@GBR", 200).allow("council@GBR", 409).allow("council@FRA", 409).run();

        Map<String, Object> measure = onlyMeasure(operationId);
        assertThat(measure).containsEntry("status", "CANCELLED").containsEntry("endedReason", "no longer needed");
        assertThat(history(profile(operationId))).containsEntry("totalItems", 3);
    }

    @Test
    void onceAuthorisedOnlyTheCouncilCancels() {
        String operationId = staff.establish(operation());
        String requestId = staff.authorised(operationId, "13A", null);
        matrix.call("cancel an authorised measure", HttpMethod.POST, measure(operationId, requestId) + "/cancellation",
                        Map.of("reason", "de-escalation"), personas)
                .allow("council@FRA", 200).allow("council@GBR", 409).run();

        assertThat(onlyMeasure(operationId)).containsEntry("status", "CANCELLED")
                .containsEntry("endedReason", "de-escalation");
        assertThat(history(profile(operationId))).containsEntry("totalItems", 4);
    }

    @Test
    void theCouncilOfTheOperationsCoalitionReauthorisesAfterAMandateExpansion() {
        String operationId = staff.establish(operation());
        upstream.membership(coalitionId, new MandateAmended(coalitionId, "a-" + operationId, "EXPANSION",
                new Mandate(List.of("protect civilians"), "Libya", null), null), null);
        await("under review", () -> Boolean.TRUE.equals(staff.ok(staff.get(profile(operationId))).get("underReview")));
        matrix.call("re-authorise the profile", HttpMethod.POST, profile(operationId) + "/reauthorisation",
                        Map.of("decision", decision("fits the wider mandate", "NAC decision 14 April")), personas)
                .allow("council@GBR", 200).allow("council@FRA", 409).run();

        assertThat(staff.ok(staff.get(profile(operationId)))).containsEntry("underReview", false);
        assertThat(history(profile(operationId))).containsEntry("totalItems", 3);
    }

    @Test
    void aCommanderOfAnotherCoalitionIsRefusedUnderTheCommandScopeRule() {
        Api elsewhere = new Api(http, "elsewhere.commander", OWN, "commander", null, List.of("another-coalition"));
        String operationId = operation();
        commandScope(elsewhere.post(profile(operationId), Map.of()));
        assertThat(staff.get(profile(operationId)).getStatusCode().value()).as("no profile was established")
                .isEqualTo(404);

        staff.establish(operationId);
        commandScope(elsewhere.post(profile(operationId), Map.of()));
        commandScope(elsewhere.post(profile(operationId) + "/measures", Map.of("measureCode", "13A", "nation", OWN)));
        String requested = staff.request(operationId, "13A", null, OWN);
        commandScope(elsewhere.post(measure(operationId, requested) + "/cancellation",
                Map.of("reason", "no longer needed")));
        String authorised = staff.authorised(operationId, "14A", null);
        commandScope(elsewhere.post(measure(operationId, authorised) + "/implementation", Map.of()));
        assertThat(history(profile(operationId))).as("the refused calls recorded nothing")
                .containsEntry("totalItems", 4);
    }

    // ---- national caveats -------------------------------------------------------------------------------------------

    @Test
    void aPlannerDeclaresHisOwnNationsCaveatsOnly() {
        String caveats = caveats(OWN);
        matrix.call("declare a caveat", HttpMethod.POST, caveats, Map.of("category", "GEOGRAPHIC",
                        "areas", List.of("Tripolitania")), personas)
                .allow("planner@GBR", 201).run();

        assertThat(list(staff.ok(staff.get(caveats)), "caveats")).singleElement().satisfies(caveat -> {
            assertThat(caveat).containsEntry("status", "IN_FORCE");
            assertThat(map(caveat.get("declared"))).containsEntry("actor", "matrix.planner.gbr")
                    .containsEntry("actorNation", OWN);
        });
    }

    @Test
    void aPlannerLiftsHisOwnNationsCaveatsOnly() {
        String caveats = caveats(OWN);
        String caveatId = declaredCaveat();
        matrix.call("lift a caveat", HttpMethod.POST, caveats + "/" + caveatId + "/lifting",
                        Map.of("reason", "mandate widened"), personas)
                .allow("planner@GBR", 200).run();

        assertThat(list(staff.ok(staff.get(caveats)), "caveats")).singleElement().satisfies(caveat ->
                assertThat(caveat).containsEntry("status", "LIFTED").containsEntry("endedReason", "mandate widened"));
        assertThat(history(caveats)).containsEntry("totalItems", 2);
    }

    // ---- reads ------------------------------------------------------------------------------------------------------

    /**
     * A read, and not scoped to the coalition: every commander persona is answered, the commander of another coalition
     * too (as is the council of another coalition), because the check names no coalition in its path and the
     * platform's {@code @Allowed}/{@code @Reads} rules scope no role by the record.
     */
    @Test
    void theEngagementCheckIsForThoseWhoActOnItAndTheAuditor() {
        String operationId = staff.establish(operation());
        Map<String, org.springframework.http.ResponseEntity<String>> answers = matrix.call("engagement check",
                        HttpMethod.GET, "/operations/" + operationId + "/engagement-check?force=f-1&measure=13A", null,
                        personas)
                .allowRoles(200, "commander", "planner", "coalition-authority", "red-card-holder", "auditor").run();

        assertThat(answers.get("red-card-holder@FRA").getBody()).contains("\"permitted\":false",
                "MEASURE_NOT_AUTHORISED");
    }

    @Test
    void stateIsReadByEveryRoleHistoriesAndPastViewsByEveryRoleButObserver() {
        String operationId = staff.establish(operation());
        staff.request(operationId, "13A", null, OWN);
        declaredCaveat();
        String base = "base-" + operationId.substring(3, 11);
        upstream.basing(base, new BasingAgreementAdvanced(base, coalitionId, "ITA", "Sigonella", "IN_FORCE",
                List.of("LOGISTICS"), null, Instant.parse("2011-03-20T00:00:00Z"), "IN_FORCE"));
        await("base known", () -> staff.get("/bases/" + base).getStatusCode().is2xxSuccessful());
        Instant now = Instant.now();
        String profile = profile(operationId);
        String caveats = caveats(OWN);

        assertThat(state("ROE profile", profile)).contains(operationId, "13A");
        assertThat(past("ROE profile as of", profile + "?asOf=" + now)).contains(operationId, "13A");
        assertThat(past("ROE profile as known at", profile + "?knownAt=" + now)).contains(operationId, "13A");
        assertThat(past("ROE profile history", profile + "/history")).contains("MeasureRequested");
        assertThat(state("caveats by nation", "/coalitions/" + coalitionId + "/caveats")).contains("STRIKE");
        assertThat(past("caveats by nation as of", "/coalitions/" + coalitionId + "/caveats?asOf=" + now))
                .contains("STRIKE");
        assertThat(state("a nation's caveats", caveats)).contains("STRIKE");
        assertThat(past("a nation's caveats as of", caveats + "?asOf=" + now)).contains("STRIKE");
        assertThat(past("a nation's caveats as known at", caveats + "?knownAt=" + now)).contains("STRIKE");
        assertThat(past("a nation's caveat history", caveats + "/history")).contains("CaveatDeclared");
        assertThat(state("operation as known here", "/operations/" + operationId)).contains(coalitionId);
        assertThat(state("base as known here", "/bases/" + base)).contains("Sigonella");
        assertThat(state("compendium", "/compendium")).contains("SELF_DEFENCE");
        assertThat(state("compendium measure", "/compendium/19C")).contains("PROHIBITION");
        assertThat(state("caveat categories", "/reference/caveat-categories")).contains("GEOGRAPHIC");
        assertThat(state("placement functions", "/reference/placement-functions")).contains("STRIKE");
        assertThat(state("vocabulary", "/reference/vocabulary")).contains("OPCOM");
        assertThat(past("inbox", "/inbox")).contains("deadLetterTopic");
        matrix.call("POST /inbox/dead-letters/{eventId}/redrive", HttpMethod.POST,
                "/inbox/dead-letters/no-such-event/redrive", null, personas).run(); // operators only: no persona here
    }

    /** Current state: every role; answers with what an auditor of GBR reads. */
    private String state(String name, String path) {
        return matrix.call(name, HttpMethod.GET, path, null, personas).allowRoles(200, EVERY_ROLE).run()
                .get("auditor@GBR").getBody();
    }

    /** Histories and past views: every role but observer. */
    private String past(String name, String path) {
        return matrix.call(name, HttpMethod.GET, path, null, personas).allowRoles(200, ALL_BUT_OBSERVER).run()
                .get("auditor@GBR").getBody();
    }

    // ---- the scene --------------------------------------------------------------------------------------------------

    /** An operation of the coalition, known here from the command-structure topic, its coalition from membership. */
    private String operation() {
        String operationId = upstream.operation(coalitionId, null);
        await("operation known", () -> staff.get("/operations/" + operationId).getStatusCode().is2xxSuccessful());
        coalitionKnown();
        return operationId;
    }

    private void coalitionKnown() {
        // Known here from the membership topic: the coalition, and both its members admitted.
        await("coalition known", () -> roster.standing(coalitionId, OWN).isActiveMember()
                && roster.standing(coalitionId, OTHER).isActiveMember());
    }

    /** A caveat of GBR in force, declared by a planner of GBR. */
    private String declaredCaveat() {
        coalitionKnown();
        Api planner = staff.planner("gbr.planner", OWN);
        return (String) planner.ok(planner.post(caveats(OWN), Map.of("category", "ACTIVITY",
                "activities", List.of("STRIKE")))).get("caveatId");
    }

    private Map<String, Object> onlyMeasure(String operationId) {
        List<Map<String, Object>> measures = list(staff.ok(staff.get(profile(operationId))), "measures");
        assertThat(measures).hasSize(1);
        return measures.get(0);
    }

    private Map<String, Object> history(String path) {
        return staff.ok(staff.get(path + "/history"));
    }

    private String caveats(String nation) {
        return "/coalitions/" + coalitionId + "/caveats/" + nation;
    }

    /** A 403 problem+json under the rule {@code command-scope}: the profile's coalition is not the commander's. */
    private static void commandScope(org.springframework.http.ResponseEntity<Map<String, Object>> response) {
        assertThat(response.getStatusCode().value()).as("%s", response).isEqualTo(403);
        assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(response.getBody()).containsEntry("rule", "command-scope");
    }

    private static String measure(String operationId, String requestId) {
        return profile(operationId) + "/measures/" + requestId;
    }
}
