package org.entente.commandstructure.it;

import org.entente.platform.decision.Roles;
import org.entente.testing.AccessMatrix;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.commandstructure.it.Api.items;
import static org.entente.commandstructure.it.Api.placement;
import static org.entente.commandstructure.it.Api.tasking;
import static org.entente.commandstructure.it.OperationLifecycleIT.assertNotPermitted;
import static org.entente.commandstructure.it.OperationLifecycleIT.version;

/**
 * Who may do what (issue 4): every endpoint of the service called by every persona — each role for the own nation
 * (GBR) and another member (FRA), the council of this coalition for either nation and of another coalition, a
 * coalition-wide auditor, a token without a role, no token — asserting each exact status. A refused call changes
 * nothing: each write case checks the state the allowed calls leave, and nothing more.
 */
class AccessMatrixIT extends CommandStructureIntegrationTest {

    private static final String OWN = "GBR";
    private static final String OTHER = "FRA";
    /** The own nation's red-card-holder persona (its token's actor), named holder in the fixtures' policy. */
    private static final String HOLDER = "matrix.red-card-holder.gbr";
    private static final String[] EVERY_ROLE = Roles.ALL.toArray(String[]::new);
    private static final String[] ALL_BUT_OBSERVER = Roles.ALL.stream().filter(r -> !r.equals(Roles.OBSERVER))
            .toArray(String[]::new);

    private static AccessMatrix matrix;
    private static String coalitionId;

    /** A player of the own nation (council, planner, commander) who sets up what each case needs. */
    private Api admin;
    private AccessMatrix.Personas personas;

    @BeforeEach
    void coalitionOfTwoMembers() {
        synchronized (AccessMatrixIT.class) {
            if (matrix == null) {
                coalitionId = coalition(null, OWN, OTHER);
                matrix = new AccessMatrix(http, OWN, OTHER).withCommandScope();
            }
        }
        admin = new Api(http, "matrix.admin", OWN).player(coalitionId);
        personas = matrix.personas(coalitionId);
    }

    @AfterAll
    static void report() {
        if (matrix != null) {
            System.out.println(matrix.report("command-structure"));
        }
    }

    /** An operation led by GBR: a strategic headquarters commanded by GBR, force GBR-1 under it, GBR's red card. */
    private record Fixture(String operationId, String base, String top) {
    }

    private Fixture fixture() {
        String operationId = admin.establish(coalitionId, "Matrix", OWN);
        String top = admin.headquarters(operationId, "Strategic", "STRATEGIC", null, OWN, null);
        String base = "/operations/" + operationId;
        admin.ok(admin.post(base + "/forces", placement("GBR-1", OWN, top, "OPCON", null, null)));
        admin.ok(admin.post(base + "/red-card-policies", Map.of("nation", OWN, "holder", HOLDER,
                "taskingKinds", List.of("STRIKE"))));
        return new Fixture(operationId, base, top);
    }

    private String pendingStrike(Fixture f) {
        String taskingId = (String) admin.ok(admin.post(f.base() + "/taskings", tasking(f.top(), "GBR-1", "STRIKE",
                null))).get("taskingId");
        assertThat(admin.ok(admin.get(f.base() + "/taskings/" + taskingId))).containsEntry("status", "PENDING_APPROVAL");
        return taskingId;
    }

    // ---- the council of the coalition ----------------------------------------------------------------------

    @Test
    void theCouncilOfTheCoalitionEstablishesOperations() {
        long before = operationsOfTheCoalition();
        assertNotPermitted(new Api(http, "elsewhere", OWN).withRoles(Roles.COALITION_AUTHORITY, "another-coalition")
                .post("/operations", Map.of("coalitionId", coalitionId, "name", "Matrix")), "council-scope");

        matrix.call("POST /operations", HttpMethod.POST, "/operations",
                        Map.of("coalitionId", coalitionId, "name", "Matrix"), personas)
                .allow("council@" + OWN, 201).allow("council@" + OTHER, 201)
                .run();

        assertThat(operationsOfTheCoalition()).as("only the two council members established one").isEqualTo(before + 2);
    }

    @Test
    void theCouncilOfTheOperationsCoalitionDesignatesTheLeadNation() {
        Fixture f = fixture();
        assertNotPermitted(new Api(http, "elsewhere", OWN).withRoles(Roles.COALITION_AUTHORITY, "another-coalition")
                .post(f.base() + "/lead-nation", Map.of("nation", OTHER)), "council-scope");
        long version = version(admin, f.base());

        matrix.call("POST /operations/{id}/lead-nation", HttpMethod.POST, f.base() + "/lead-nation",
                        Map.of("nation", OTHER), personas)
                // the second council member passes the access rule and meets the domain's: FRA leads already
                .allow("council@" + OWN, 200).allow("council@" + OTHER, 409)
                .run();

        assertThat(admin.ok(admin.get(f.base()))).containsEntry("leadNation", OTHER);
        assertThat(version(admin, f.base())).isEqualTo(version + 1);
        assertThat(items(admin.ok(admin.get(f.base() + "/history?size=100")))).last()
                .satisfies(entry -> assertThat(entry).containsEntry("actor", "matrix.council.gbr"));
    }

    @Test
    void theCouncilOfTheOperationsCoalitionBuildsTheCommandTree() {
        Fixture f = fixture();
        long version = version(admin, f.base());

        matrix.call("POST /operations/{id}/headquarters", HttpMethod.POST, f.base() + "/headquarters",
                        Map.of("name", "Maritime", "level", "COMPONENT", "component", "MARITIME",
                                "commanderNation", OWN, "parentNodeId", f.top()), personas)
                .allow("council@" + OWN, 201).allow("council@" + OTHER, 201)
                .run();

        Map<String, Object> top = Api.list(admin.ok(admin.get(f.base() + "/order-of-battle")), "tree").get(0);
        assertThat(Api.list(top, "subordinates")).hasSize(2);
        assertThat(version(admin, f.base())).isEqualTo(version + 2);
    }

    @Test
    void theCouncilOfTheOperationsCoalitionClosesIt() {
        Fixture f = fixture();

        matrix.call("POST /operations/{id}/closure", HttpMethod.POST, f.base() + "/closure", Map.of(), personas)
                .allow("council@" + OWN, 200).allow("council@" + OTHER, 409)
                .run();

        assertThat(admin.ok(admin.get(f.base()))).containsEntry("status", "CLOSED")
                .containsEntry("closureCause", "CONCLUDED");
    }

    // ---- a nation's own forces --------------------------------------------------------------------------------

    @Test
    void aPlannerOfTheForcesNationPlacesIt() {
        Fixture f = fixture();
        Map<String, Object> body = placement("GBR-2", OWN, f.top(), "TACON", null, null);
        assertNotPermitted(new Api(http, "c.martin", OTHER).post(f.base() + "/forces", body), "own-nation-only");

        matrix.call("POST /operations/{id}/forces", HttpMethod.POST, f.base() + "/forces", body, personas)
                .allow("planner@" + OWN, 201)
                .run();

        assertThat(items(admin.ok(admin.get(f.base() + "/forces")))).extracting(force -> force.get("forceId"))
                .containsExactly("GBR-1", "GBR-2");
    }

    @Test
    void aPlannerOfTheForcesNationRecallsIt() {
        Fixture f = fixture();
        assertNotPermitted(new Api(http, "c.martin", OTHER).post(f.base() + "/forces/GBR-1/recall",
                Map.of("reason", "ours now")), "own-nation-only");

        matrix.call("POST /operations/{id}/forces/{forceId}/recall", HttpMethod.POST, f.base() + "/forces/GBR-1/recall",
                        Map.of("reason", "needed at home"), personas)
                .allow("planner@" + OWN, 200)
                .run();

        assertThat(admin.ok(admin.get(f.base() + "/forces/GBR-1"))).containsEntry("status", "RECALLED");
    }

    @Test
    void aPlannerOfTheNationSetsItsRedCardPolicy() {
        Fixture f = fixture();
        Map<String, Object> body = Map.of("nation", OWN, "holder", HOLDER, "taskingKinds", List.of("STRIKE", "REDEPLOY"));
        assertNotPermitted(new Api(http, "c.martin", OTHER).post(f.base() + "/red-card-policies", body),
                "own-nation-only");
        long version = version(admin, f.base());

        matrix.call("POST /operations/{id}/red-card-policies", HttpMethod.POST, f.base() + "/red-card-policies", body,
                        personas)
                .allow("planner@" + OWN, 201)
                .run();

        assertThat(admin.getList(f.base() + "/red-card-policies")).singleElement()
                .satisfies(policy -> assertThat(policy.get("taskingKinds")).asList()
                        .containsExactly("STRIKE", "REDEPLOY"));
        assertThat(version(admin, f.base())).isEqualTo(version + 1);
    }

    // ---- commanders and red-card holders --------------------------------------------------------------------

    @Test
    void aCommanderOfTheHeadquartersNationTasksTheForce() {
        Fixture f = fixture();
        Map<String, Object> body = tasking(f.top(), "GBR-1", "PATROL", null);
        assertNotPermitted(new Api(http, "adm.bleu", OTHER).withRoles(Roles.COMMANDER, coalitionId)
                .post(f.base() + "/taskings", body), "own-nation-only");
        assertNotPermitted(new Api(http, "adm.ailleurs", OWN).withRoles(Roles.COMMANDER, "another-coalition")
                .post(f.base() + "/taskings", body), "command-scope");

        matrix.call("POST /operations/{id}/taskings", HttpMethod.POST, f.base() + "/taskings", body, personas)
                .allow("commander@" + OWN, 201)
                .run();

        assertThat(items(admin.ok(admin.get(f.base() + "/taskings")))).singleElement()
                .satisfies(t -> assertThat(t).containsEntry("status", "ISSUED").containsEntry("kind", "PATROL"));
    }

    @Test
    void theRedCardHolderOfTheForcesNationApproves() {
        Fixture f = fixture();
        String taskingId = pendingStrike(f);
        String path = f.base() + "/taskings/" + taskingId + "/approval";
        assertNotPermitted(new Api(http, HOLDER, OTHER).withRoles(Roles.RED_CARD_HOLDER).post(path, Map.of()),
                "own-nation-only");
        assertNotPermitted(new Api(http, "another.holder", OWN).withRoles(Roles.RED_CARD_HOLDER).post(path, Map.of()),
                "only-the-red-card-holder-decides");

        matrix.call("POST /operations/{id}/taskings/{taskingId}/approval", HttpMethod.POST, path, Map.of(), personas)
                .allow("red-card-holder@" + OWN, 200)
                .run();

        assertThat(admin.ok(admin.get(f.base() + "/taskings/" + taskingId))).containsEntry("status", "ISSUED")
                .containsEntry("decidedBy", HOLDER);
    }

    @Test
    void theRedCardHolderOfTheForcesNationVetoes() {
        Fixture f = fixture();
        String taskingId = pendingStrike(f);
        String path = f.base() + "/taskings/" + taskingId + "/veto";
        assertNotPermitted(new Api(http, HOLDER, OTHER).withRoles(Roles.RED_CARD_HOLDER)
                .post(path, veto("not ours")), "own-nation-only");

        matrix.call("POST /operations/{id}/taskings/{taskingId}/veto", HttpMethod.POST, path,
                        veto("too close to the city"), personas)
                .allow("red-card-holder@" + OWN, 200)
                .run();

        assertThat(admin.ok(admin.get(f.base() + "/taskings/" + taskingId))).containsEntry("status", "VETOED")
                .containsEntry("vetoReason", "too close to the city").containsEntry("decidedBy", HOLDER);
    }

    // ---- reads ----------------------------------------------------------------------------------------------

    @Test
    void everyRoleReadsStateAndAllButObserversReadHistoriesAndPastViews() {
        Fixture f = fixture();
        String taskingId = pendingStrike(f);
        String asOf = Instant.now().toString();
        String b = f.base();
        String id = f.operationId();

        // endpoint (for the report) -> path, and a value every allowed answer must contain
        List<String[]> states = List.of(
                new String[]{"GET /operations", "/operations?size=500&coalitionId=" + coalitionId, id},
                new String[]{"GET /operations/{id}", b, id},
                new String[]{"GET /operations/{id}/order-of-battle", b + "/order-of-battle", f.top()},
                new String[]{"GET /operations/{id}/forces", b + "/forces", "GBR-1"},
                new String[]{"GET /operations/{id}/force-summary", b + "/force-summary", "OPCON"},
                new String[]{"GET /operations/{id}/forces/{forceId}", b + "/forces/GBR-1", "GBR-1"},
                new String[]{"GET /operations/{id}/forces/{forceId}/chain-of-command",
                        b + "/forces/GBR-1/chain-of-command", f.top()},
                new String[]{"GET /operations/{id}/taskings", b + "/taskings", taskingId},
                new String[]{"GET /operations/{id}/taskings/{taskingId}", b + "/taskings/" + taskingId, taskingId},
                new String[]{"GET /operations/{id}/red-card-policies", b + "/red-card-policies", HOLDER});
        for (String[] read : states) {
            expectAll(matrix.call(read[0], HttpMethod.GET, read[1], null, personas)
                    .allowRoles(200, EVERY_ROLE).run(), read[2], EVERY_ROLE);
            String past = read[1] + (read[1].contains("?") ? "&" : "?") + "asOf=" + asOf;
            expectAll(matrix.call(read[0] + "?asOf", HttpMethod.GET, past, null, personas)
                    .allowRoles(200, ALL_BUT_OBSERVER).run(), read[2], ALL_BUT_OBSERVER);
        }
        expectAll(matrix.call("GET /operations/{id}?knownAt", HttpMethod.GET, b + "?knownAt=" + asOf, null, personas)
                .allowRoles(200, ALL_BUT_OBSERVER).run(), id, ALL_BUT_OBSERVER);

        expectAll(matrix.call("GET /operations/{id}/history", HttpMethod.GET, b + "/history", null, personas)
                .allowRoles(200, ALL_BUT_OBSERVER).run(), "TaskingAwaitingApproval", ALL_BUT_OBSERVER);
        expectAll(matrix.call("GET /inbox", HttpMethod.GET, "/inbox", null, personas)
                .allowRoles(200, ALL_BUT_OBSERVER).run(), "deadLetterTopic", ALL_BUT_OBSERVER);
        matrix.call("POST /inbox/dead-letters/{eventId}/redrive", HttpMethod.POST,
                "/inbox/dead-letters/no-such-event/redrive", null, personas).run(); // operators only: no persona here

        for (String[] reference : List.of(
                new String[]{"/reference/degrees-of-authority", "EMPLOY_COMPONENTS_SEPARATELY"},
                new String[]{"/reference/tasking-kinds", "DIRECT_MOVEMENT"},
                new String[]{"/reference/nations", OWN},
                new String[]{"/reference/vocabulary", "closureCauses"})) {
            expectAll(matrix.call("GET " + reference[0], HttpMethod.GET, reference[0], null, personas)
                    .allowRoles(200, EVERY_ROLE).run(), reference[1], EVERY_ROLE);
        }
    }

    /**
     * Every persona holding one of {@code roles} was answered (so none was refused), each with {@code expected} in
     * the body.
     */
    private void expectAll(Map<String, ResponseEntity<String>> answers, String expected, String... roles) {
        Set<String> allowedRoles = Set.of(roles);
        List<String> holders = personas.all().stream()
                .filter(p -> p.token() != null && p.token().roles().stream().anyMatch(allowedRoles::contains))
                .map(AccessMatrix.Persona::name).toList();
        assertThat(answers.keySet()).containsExactlyInAnyOrderElementsOf(holders);
        answers.forEach((persona, answer) -> assertThat(answer.getBody()).as(persona).contains(expected));
    }

    private long operationsOfTheCoalition() {
        Object total = admin.ok(admin.get("/operations?coalitionId=" + coalitionId)).get("totalItems");
        return ((Number) total).longValue();
    }

    /** A veto is a decision of consequence: it says why and on whose authority. */
    private static Map<String, Object> veto(String reason) {
        return Map.of("reason", reason, "decision", Api.decision(reason, "national red-card directive", null));
    }
}
