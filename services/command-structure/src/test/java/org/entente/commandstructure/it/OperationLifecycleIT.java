package org.entente.commandstructure.it;

import org.entente.platform.decision.Roles;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.commandstructure.it.Api.decision;
import static org.entente.commandstructure.it.Api.items;
import static org.entente.commandstructure.it.Api.placement;
import static org.entente.commandstructure.it.Api.tasking;

/** An operation's life over HTTP: tree, staged transfer, taskings under a red card, recall, closure. */
class OperationLifecycleIT extends CommandStructureIntegrationTest {

    @Test
    void anOperationFromEstablishmentToClosure() {
        String coalitionId = coalition(null, "GBR", "FRA", "NOR");
        Api gbr = new Api(http, "j.smith", "GBR").player(coalitionId);
        Api fra = gbr.as("c.martin", "FRA");
        // the maritime component is France's: its orders come from a French commander
        Api maritimeCommander = new Api(http, "adm.bleu", "FRA").withRoles(Roles.COMMANDER, coalitionId);

        ResponseEntity<Map<String, Object>> established = gbr.post("/operations", Map.of("coalitionId", coalitionId,
                "name", "Unified Protector", "leadNation", "GBR"));
        assertThat(established.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String operationId = (String) established.getBody().get("operationId");
        assertThat(established.getHeaders().getLocation()).hasPath("/operations/" + operationId);
        assertThat(established.getHeaders().getETag()).isEqualTo("\"1\"");
        String base = "/operations/" + operationId;

        String strategic = gbr.headquarters(operationId, "Allied Joint Force Command", "STRATEGIC", null, "GBR", null);
        String operational = gbr.headquarters(operationId, "Combined Joint Task Force", "OPERATIONAL", null, "GBR",
                strategic);
        String maritime = gbr.headquarters(operationId, "Maritime Component", "COMPONENT", "MARITIME", "FRA",
                operational);
        gbr.headquarters(operationId, "Air Component", "COMPONENT", "AIR", "GBR", operational);

        // 23 March: the arms embargo first
        assertThat(fra.post(base + "/forces", placement("FRA-F710", "FRA", maritime, "OPCON",
                Map.of("functions", List.of("ARMS_EMBARGO"), "area", "Central Mediterranean"), null))
                .getStatusCode()).isEqualTo(HttpStatus.CREATED);
        fra.ok(fra.post(base + "/red-card-policies", Map.of("nation", "FRA", "holder", "adm.rouge",
                "taskingKinds", List.of("STRIKE"))));

        String interdiction = (String) maritimeCommander.ok(maritimeCommander.post(base + "/taskings",
                tasking(maritime, "FRA-F710", "INTERDICTION", "ARMS_EMBARGO"))).get("taskingId");
        long version = version(gbr, base);
        ResponseEntity<Map<String, Object>> strikeTooEarly = maritimeCommander.post(base + "/taskings",
                tasking(maritime, "FRA-F710", "STRIKE", null));
        assertRule(strikeTooEarly, "the-tasking-is-within-the-functions");
        assertThat(version(gbr, base)).as("a refused command records nothing").isEqualTo(version);

        // later: strikes too
        fra.ok(fra.post(base + "/forces", placement("FRA-F710", "FRA", maritime, "OPCON",
                Map.of("functions", List.of("ARMS_EMBARGO", "STRIKE"), "area", "Central Mediterranean"), null)));
        assertNotPermitted(gbr.post(base + "/taskings", tasking(maritime, "FRA-F710", "STRIKE", null)),
                "own-nation-only");
        String strike = (String) maritimeCommander.ok(maritimeCommander.post(base + "/taskings",
                tasking(maritime, "FRA-F710", "STRIKE", null))).get("taskingId");
        assertThat(gbr.ok(gbr.get(base + "/taskings/" + strike))).containsEntry("status", "PENDING_APPROVAL")
                .containsEntry("redCardHolder", "adm.rouge");
        assertNotPermitted(fra.post(base + "/taskings/" + strike + "/approval", Map.of()), "role");
        assertNotPermitted(new Api(http, "adm.autre", "FRA").withRoles(Roles.RED_CARD_HOLDER)
                .post(base + "/taskings/" + strike + "/approval", Map.of()), "only-the-red-card-holder-decides");
        assertNotPermitted(new Api(http, "adm.rouge", "GBR").withRoles(Roles.RED_CARD_HOLDER)
                .post(base + "/taskings/" + strike + "/approval", Map.of()), "own-nation-only");
        Api holder = gbr.as("adm.rouge", "FRA").withRoles(Roles.RED_CARD_HOLDER);
        holder.ok(holder.post(base + "/taskings/" + strike + "/approval",
                Map.of("decision", decision("target verified, no civilians near", null, null))));
        assertThat(gbr.ok(gbr.get(base + "/taskings/" + strike))).containsEntry("status", "ISSUED")
                .containsEntry("decidedBy", "adm.rouge")
                .containsEntry("decisionRationale", "target verified, no civilians near");
        assertRule(holder.post(base + "/taskings/" + strike + "/veto", Map.of("reason", "changed my mind",
                "decision", decision("changed my mind", "CEMA directive 12", null))),
                "only-pending-taskings-are-decided");

        assertNotPermitted(gbr.post(base + "/forces/FRA-F710/recall", Map.of("reason", "we want it")),
                "own-nation-only");
        fra.ok(fra.post(base + "/forces/FRA-F710/recall", Map.of("reason", "needed for national tasks")));
        assertThat(items(gbr.ok(gbr.get(base + "/taskings")))).extracting(t -> t.get("taskingId"), t -> t.get("status"),
                        t -> t.get("endCause"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple(interdiction, "ENDED", "FORCE_RECALLED"),
                        org.assertj.core.groups.Tuple.tuple(strike, "ENDED", "FORCE_RECALLED"));
        assertThat(gbr.ok(gbr.get(base + "/forces/FRA-F710"))).containsEntry("status", "RECALLED");

        gbr.ok(gbr.post(base + "/closure", Map.of("decision", decision("mission accomplished", "NAC decision", null))));
        assertThat(gbr.ok(gbr.get(base))).containsEntry("status", "CLOSED").containsEntry("closureCause", "CONCLUDED");
        assertRule(gbr.post(base + "/lead-nation", Map.of("nation", "FRA")), "closed-operations-stay-closed");
        assertThat(items(gbr.ok(gbr.get("/operations?coalitionId=" + coalitionId))))
                .extracting(o -> o.get("operationId"), o -> o.get("status"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple(operationId, "CLOSED"));
        List<Map<String, Object>> history = items(gbr.ok(gbr.get(base + "/history?size=100")));
        assertThat(history).extracting(h -> h.get("type")).startsWith("OperationEstablished", "LeadNationDesignated")
                .endsWith("OperationClosed");
        assertThat(history.get(history.size() - 1)).containsEntry("rationale", "mission accomplished")
                .containsEntry("authority", "NAC decision").containsEntry("actor", "j.smith");
    }

    @Test
    void theOrderOfBattleShowsTheTreeTheForcesAndTheirDegrees() {
        String coalitionId = coalition(null, "USA", "CAN", "NOR");
        Api usa = new Api(http, "a.jones", "USA").player(coalitionId);
        String operationId = usa.establish(coalitionId, "Odyssey Dawn", "USA");
        String base = "/operations/" + operationId;
        String top = usa.headquarters(operationId, "Strategic", "STRATEGIC", null, "USA", null);
        String air = usa.headquarters(operationId, "Air", "COMPONENT", "AIR", "USA", top);
        usa.as("n.larsen", "NOR").ok(usa.as("n.larsen", "NOR").post(base + "/forces",
                placement("NOR-F16", "NOR", air, "TACON", null, null)));
        usa.as("c.roy", "CAN").ok(usa.as("c.roy", "CAN").post(base + "/forces",
                placement("CAN-CF18", "CAN", air, "OPCON", null, null)));

        Map<String, Object> orbat = usa.ok(usa.get(base + "/order-of-battle"));
        Map<String, Object> root = Api.list(orbat, "tree").get(0);
        assertThat(root).containsEntry("nodeId", top).containsEntry("level", "STRATEGIC");
        Map<String, Object> airNode = Api.list(root, "subordinates").get(0);
        assertThat(Api.list(airNode, "forces")).extracting(f -> f.get("forceId"), f -> f.get("degree"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("NOR-F16", "TACON"),
                        org.assertj.core.groups.Tuple.tuple("CAN-CF18", "OPCON"));
        assertThat(items(usa.ok(usa.get(base + "/forces?degree=TACON")))).extracting(f -> f.get("forceId"))
                .containsExactly("NOR-F16");
        assertThat(items(usa.ok(usa.get(base + "/forces?nation=CAN")))).extracting(f -> f.get("forceId"))
                .containsExactly("CAN-CF18");
        assertThat(usa.getList(base + "/force-summary")).extracting(s -> s.get("nation"), s -> s.get("degree"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("CAN", "OPCON"),
                        org.assertj.core.groups.Tuple.tuple("NOR", "TACON"));
        assertThat(Api.list(usa.ok(usa.get(base + "/forces/NOR-F16/chain-of-command")), "chain"))
                .extracting(l -> l.get("nodeId")).containsExactly(air, top);
        // TACON: local direction only; no new missions
        assertRule(usa.post(base + "/taskings", tasking(air, "NOR-F16", "PATROL", null)),
                "the-degree-permits-the-tasking");
        assertThat(usa.ok(usa.post(base + "/taskings", tasking(air, "NOR-F16", "DIRECT_MOVEMENT", null))))
                .containsKey("taskingId");
    }

    @Test
    void badInputIsA400NamingTheFieldAndChangesNothing() {
        String coalitionId = coalition(null, "FRA", "BEL");
        Api fra = new Api(http, "c.martin", "FRA").player(coalitionId);
        String operationId = fra.establish(coalitionId, "Harmattan", "FRA");
        String base = "/operations/" + operationId;
        String top = fra.headquarters(operationId, "Strategic", "STRATEGIC", null, "FRA", null);
        long version = version(fra, base);

        assertInvalid(fra.post("/operations", Map.of("coalitionId", coalitionId, "leadNation", "XXX")),
                "name", "leadNation");
        assertInvalid(fra.post(base + "/headquarters", Map.of("name", "Land", "level", "COMPONENT",
                "commanderNation", "FRA", "parentNodeId", top)), "component");
        assertInvalid(fra.post(base + "/headquarters", Map.of("name", "Land", "level", "DIVISION",
                "commanderNation", "FRA", "parentNodeId", top)), "level");
        assertInvalid(fra.post(base + "/forces", placement("FRA 1", "FRA", top, "COMMAND", null, null)),
                "degree");
        assertInvalid(fra.post(base + "/forces", placement("FRA-1", "FRA", top, "OPCON", Map.of(
                "from", "2011-03-31T06:00:00Z", "until", "2011-03-23T00:00:00Z"), null)), "scope.until");
        assertInvalid(fra.post(base + "/forces", Map.of("forceId", "FRA 1", "nation", "FRA", "forceType", "x",
                "size", 0, "nodeId", top, "degree", "OPCON")), "forceId", "size");
        assertInvalid(fra.post(base + "/forces", placement("FRA-1", "FRA", top, "OPCON",
                Map.of("functions", List.of("arms embargo")), null)), "scope.functions[0]");
        assertInvalid(fra.post(base + "/taskings", Map.of("nodeId", top, "forceId", "FRA-1", "kind", "PATROL")),
                "description");
        assertInvalid(fra.postRaw(base + "/red-card-policies", "{\"nation\":\"FRA\",\"holder\":\"x\","
                + "\"taskingKinds\":[\"NUKE\"]}"), "taskingKinds[0]");
        assertInvalid(fra.get(base + "?asOf=yesterday"), "asOf");
        assertThat(version(fra, base)).isEqualTo(version);
    }

    @Test
    void unknownRecordsAre404AndBrokenRulesAre409WithTheRuleName() {
        String coalitionId = coalition(null, "ITA", "ESP");
        Api ita = new Api(http, "g.rossi", "ITA").player(coalitionId);
        String operationId = ita.establish(coalitionId, "Mare Sicuro", null);
        String base = "/operations/" + operationId;
        String top = ita.headquarters(operationId, "Strategic", "STRATEGIC", null, "ITA", null);

        assertNotFound(ita.post("/operations/no-such-operation/lead-nation", Map.of("nation", "ITA")));
        assertNotFound(ita.get("/operations/no-such-operation"));
        assertNotFound(ita.post(base + "/forces", placement("ITA-1", "ITA", "no-such-node", "OPCON", null, null)));
        assertNotFound(ita.post(base + "/forces/ITA-9/recall", Map.of("reason", "x")));
        assertNotFound(ita.withRoles(Roles.RED_CARD_HOLDER).post(base + "/taskings/no-such-tasking/approval",
                Map.of()));
        assertNotFound(ita.get(base + "/forces/ITA-9"));

        assertRule(ita.withRoles(Roles.COALITION_AUTHORITY, coalitionId, "coalition-never-formed")
                .post("/operations", Map.of("coalitionId", "coalition-never-formed", "name", "x")),
                "the-coalition-must-be-known");
        assertRule(ita.post(base + "/headquarters", Map.of("name", "Second top", "level", "STRATEGIC",
                "commanderNation", "ITA")), "one-strategic-headquarters-per-operation");
        assertNotPermitted(ita.post(base + "/forces", placement("USA-1", "USA", top, "OPCON", null, null)),
                "own-nation-only");
        Api usa = ita.as("a.jones", "USA");
        assertRule(usa.post(base + "/forces", placement("USA-1", "USA", top, "OPCON", null, null)),
                "only-active-members-place-forces");
        assertRule(ita.post(base + "/lead-nation", Map.of("nation", "USA")), "the-lead-nation-is-an-active-member");
    }

    @Test
    void anOperationStaysInItsCoalitionsExercise() {
        String coalitionId = coalition("exercise-steadfast", "POL", "LTU");
        Api outside = new Api(http, "p.nowak", "POL").player(coalitionId);
        Api inExercise = new Api(http, "p.nowak", "POL", "exercise-steadfast").player(coalitionId);
        Api otherExercise = new Api(http, "p.nowak", "POL", "exercise-other").player(coalitionId);

        assertRule(outside.post("/operations", Map.of("coalitionId", coalitionId, "name", "Baltic Shield")),
                "commands-stay-in-their-exercise");
        assertRule(otherExercise.post("/operations", Map.of("coalitionId", coalitionId, "name", "Baltic Shield")),
                "commands-stay-in-their-exercise");
        String operationId = inExercise.establish(coalitionId, "Baltic Shield", "POL");
        assertThat(inExercise.ok(inExercise.get("/operations/" + operationId)))
                .containsEntry("exerciseId", "exercise-steadfast");
        assertRule(outside.post("/operations/" + operationId + "/lead-nation", Map.of("nation", "LTU")),
                "commands-stay-in-their-exercise");
        inExercise.ok(inExercise.post("/operations/" + operationId + "/lead-nation", Map.of("nation", "LTU")));
    }

    @Test
    void theDegreesOfAuthorityAreServedAsReferenceData() {
        Api api = new Api(http, "j.smith", "GBR");
        List<Map<String, Object>> degrees = api.getList("/reference/degrees-of-authority");
        assertThat(degrees).extracting(d -> d.get("degree")).containsExactly("OPCOM", "OPCON", "TACOM", "TACON");
        assertThat(degrees.get(1).get("withholds")).asList()
                .containsExactlyInAnyOrder("REASSIGN_FORCE", "EMPLOY_COMPONENTS_SEPARATELY");
        assertThat(degrees.get(3).get("permits")).asList().containsExactly("DIRECT_MOVEMENT");
    }

    static long version(Api api, String operationPath) {
        String etag = api.get(operationPath).getHeaders().getETag();
        return Long.parseLong(etag.replace("\"", ""));
    }

    static void assertRule(ResponseEntity<Map<String, Object>> response, String rule) {
        assertThat(response.getStatusCode()).as("%s", response.getBody()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody()).containsEntry("rule", rule);
    }

    /** 403 problem+json naming the rule of authority that refused the actor. */
    static void assertNotPermitted(ResponseEntity<Map<String, Object>> response, String rule) {
        assertThat(response.getStatusCode()).as("%s", response.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody()).containsEntry("rule", rule);
    }

    static void assertNotFound(ResponseEntity<Map<String, Object>> response) {
        assertThat(response.getStatusCode()).as("%s", response.getBody()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @SuppressWarnings("unchecked")
    static void assertInvalid(ResponseEntity<Map<String, Object>> response, String... fields) {
        assertThat(response.getStatusCode()).as("%s", response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        List<Map<String, Object>> errors = (List<Map<String, Object>>) response.getBody().get("errors");
        assertThat(errors).extracting(e -> e.get("field")).containsExactlyInAnyOrder((Object[]) fields);
    }

}
