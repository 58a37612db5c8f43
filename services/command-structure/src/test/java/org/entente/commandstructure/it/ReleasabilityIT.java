package org.entente.commandstructure.it;

import org.entente.platform.decision.Roles;
import org.entente.testing.Eventually;
import org.entente.testing.LiveStream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.commandstructure.it.Api.items;
import static org.entente.commandstructure.it.Api.placement;
import static org.entente.commandstructure.it.Api.tasking;

/**
 * Releasability (issue 4) on every read path of the service. The United States records part of an operation
 * releasable to France and the United Kingdom only — a special operations headquarters, itself as lead nation, its
 * forces, its red-card policy, a strike tasking — and establishes a second operation for them only; Norway records
 * in the open. Then each read is made as a Norwegian (a nation not named), a Frenchman (named), an American (the
 * recording nation, not named) and a Norwegian coalition-wide auditor: the state, the lists and their filters, the
 * reports, single records, the decision history, the past views (asOf/knownAt) and the live stream with and without
 * a subject. Some restricted facts are followed by open ones on the same force, tasking or operation (a recall, an
 * approval, a new headquarters): the reads must not break on them.
 */
class ReleasabilityIT extends CommandStructureIntegrationTest {

    private static final Map<String, Object> TO_FRA_AND_GBR = Map.of("releasableTo", List.of("FRA", "GBR"));
    /** A planned change, effective in the future: seen today only in a view as of a later instant. */
    private static final String PLANNED = "2030-01-01T00:00:00Z";
    private static final String AFTER_PLANNED = "2031-01-01T00:00:00Z";

    @LocalServerPort
    int port;

    @Test
    void restrictedFactsAreShownToTheNationsNamedTheirAuthorAndCoalitionWideAuditorsOnly() throws Exception {
        String coalitionId = coalition(null, "GBR", "FRA", "NOR", "USA");
        Api gbr = new Api(http, "rel.gbr", "GBR").player(coalitionId);
        Api usa = new Api(http, "rel.usa", "USA").player(coalitionId);
        Api nor = new Api(http, "rel.nor", "NOR").player(coalitionId);
        Api usaHolder = new Api(http, "rel.usa.red", "USA").withRoles(Roles.RED_CARD_HOLDER);

        Api norReader = Api.withClearances(http, "rel.nor.auditor", "NOR", Roles.AUDITOR);
        Api fraReader = Api.withClearances(http, "rel.fra.auditor", "FRA", Roles.AUDITOR);
        Api usaReader = Api.withClearances(http, "rel.usa.auditor", "USA", Roles.AUDITOR);
        Api wideReader = Api.withClearances(http, "rel.wide", "NOR", Roles.AUDITOR, Roles.COALITION_WIDE_AUDIT);
        Api norObserver = Api.withClearances(http, "rel.nor.observer", "NOR", Roles.OBSERVER);
        List<Api> seeing = List.of(fraReader, usaReader, wideReader);

        String operationId = gbr.establish(coalitionId, "Need To Know", "GBR");
        String base = "/operations/" + operationId;

        try (LiveStream norOne = LiveStream.open(port, "/stream?subject=" + operationId, norObserver.token());
             LiveStream norAll = LiveStream.open(port, "/stream", norObserver.token());
             LiveStream fraOne = LiveStream.open(port, "/stream?subject=" + operationId, fraReader.token());
             LiveStream fraAll = LiveStream.open(port, "/stream", fraReader.token());
             LiveStream usaOne = LiveStream.open(port, "/stream?subject=" + operationId, usaReader.token());
             LiveStream wideAll = LiveStream.open(port, "/stream", wideReader.token())) {

            // ---- what is recorded: 7 restricted facts (marked R), 8 open ones ---------------------------------
            String top = gbr.headquarters(operationId, "Strategic", "STRATEGIC", null, "GBR", null);
            String air = gbr.headquarters(operationId, "Air Component", "COMPONENT", "AIR", "GBR", top);
            String sof = (String) usa.ok(usa.post(base + "/headquarters", Map.of("name", "Special Operations",
                    "level", "COMPONENT", "component", "SPECIAL_OPERATIONS", "commanderNation", "USA",
                    "parentNodeId", top, "decision", TO_FRA_AND_GBR))).get("nodeId");                         // R
            usa.ok(usa.post(base + "/lead-nation", Map.of("nation", "USA", "decision", TO_FRA_AND_GBR)));     // R
            nor.ok(nor.post(base + "/forces", placement("NOR-F16", "NOR", air, "OPCON", null, null)));
            usa.ok(usa.post(base + "/forces", placement("USA-SOF", "USA", sof, "OPCON", null, TO_FRA_AND_GBR))); // R
            // restricted, then an open fact on the same force: its recall
            usa.ok(usa.post(base + "/forces", placement("USA-SUB", "USA", air, "OPCON", null, TO_FRA_AND_GBR))); // R
            usa.ok(usa.post(base + "/forces/USA-SUB/recall", Map.of("reason", "home waters")));
            // restricted, then placed again in the open, from 2030
            usa.ok(usa.post(base + "/forces", placement("USA-AWACS", "USA", air, "OPCON", null,
                    TO_FRA_AND_GBR)));                                                                        // R
            usa.ok(usa.post(base + "/forces", placement("USA-AWACS", "USA", air, "TACON", null,
                    Map.of("effectiveTime", PLANNED))));
            usa.ok(usa.post(base + "/red-card-policies", Map.of("nation", "USA", "holder", "rel.usa.red",
                    "taskingKinds", List.of("STRIKE"), "decision", TO_FRA_AND_GBR)));                         // R
            nor.ok(nor.post(base + "/red-card-policies", Map.of("nation", "NOR", "holder", "rel.nor.red",
                    "taskingKinds", List.of("STRIKE"))));
            // restricted, then an open fact on the same tasking: the red-card holder's approval
            String strike = (String) usa.ok(usa.post(base + "/taskings", Api.with(
                    tasking(sof, "USA-SOF", "STRIKE", null), "decision", TO_FRA_AND_GBR))).get("taskingId");  // R
            usaHolder.ok(usaHolder.post(base + "/taskings/" + strike + "/approval",
                    Map.of("decision", Map.of("rationale", "target confirmed"))));
            String patrol = (String) gbr.ok(gbr.post(base + "/taskings", tasking(air, "NOR-F16", "PATROL", null)))
                    .get("taskingId");

            // a second operation established for France and the United Kingdom only, then an open fact on it
            String quiet = (String) usa.ok(usa.post("/operations", Map.of("coalitionId", coalitionId,
                    "name", "Quiet Harbour", "decision", TO_FRA_AND_GBR))).get("operationId");                // R
            gbr.headquarters(quiet, "Quiet Strategic", "STRATEGIC", null, "GBR", null);
            // the last event of all, open to every reader: an operation of another coalition (no list here counts it)
            String elsewhere = coalition(null, "GBR");
            String lastOperation = new Api(http, "rel.gbr", "GBR").player(elsewhere).establish(elsewhere, "Sentinel",
                    "GBR");
            String knownAt = Instant.now().toString();
            String past = "?asOf=" + Instant.now() + "&knownAt=" + knownAt;

            // ---- the live stream ------------------------------------------------------------------------------
            Predicate<Map<String, Object>> ofOperation = e -> operationId.equals(e.get("subject"));
            // positive sentinels: the last event of the operation and the last of all, both open to every reader;
            // a stream delivers in the order recorded, so what has not come before them does not come at all
            Predicate<Map<String, Object>> lastOfOperation = e -> e.toString().contains(patrol)
                    && "entente.command-structure.TaskingIssued".equals(e.get("type"));
            Predicate<Map<String, Object>> lastOfAll = e -> lastOperation.equals(e.get("subject"));
            List<Map<String, Object>> fraEvents = awaitEvents(fraOne, ofOperation, lastOfOperation);
            assertThat(fraEvents).hasSize(15);
            assertThat(awaitEvents(usaOne, ofOperation, lastOfOperation)).as("the recording nation's stream").hasSize(15);
            List<Map<String, Object>> norEvents = awaitEvents(norOne, ofOperation, lastOfOperation);
            assertThat(norEvents).extracting(e -> e.get("type")).containsExactly(
                    "entente.command-structure.HeadquartersEstablished",
                    "entente.command-structure.HeadquartersEstablished",
                    "entente.command-structure.ForcePlacedUnderAuthority",
                    "entente.command-structure.ForceRecalled",
                    "entente.command-structure.ForcePlacedUnderAuthority",
                    "entente.command-structure.RedCardPolicySet",
                    "entente.command-structure.TaskingApproved",
                    "entente.command-structure.TaskingIssued");
            assertThat(norEvents).allSatisfy(e -> assertThat(e.get("releasableTo")).isEqualTo(List.of("ALL_MEMBERS")));
            assertThat(norOne.all()).as("nothing restricted on NOR's stream of the operation")
                    .noneMatch(e -> e.toString().contains("Special Operations") || e.toString().contains(sof));
            assertThat(fraEvents).filteredOn(e -> List.of("FRA", "GBR").equals(e.get("releasableTo"))).hasSize(7);

            List<Map<String, Object>> fraAllEvents = awaitEvents(fraAll,
                    e -> operationId.equals(e.get("subject")) || quiet.equals(e.get("subject")), lastOfAll);
            assertThat(fraAllEvents).hasSize(17);
            assertThat(awaitEvents(wideAll, e -> quiet.equals(e.get("subject")), lastOfAll))
                    .as("the coalition-wide auditor's stream").hasSize(2);
            List<Map<String, Object>> norAllEvents = awaitEvents(norAll, ofOperation, lastOfAll);
            assertThat(norAllEvents).hasSize(8);
            assertThat(norAll.all()).as("nothing restricted on NOR's stream of everything")
                    .noneMatch(e -> e.toString().contains("Special Operations") || e.toString().contains(sof)
                            || e.toString().contains("Quiet Harbour"))
                    .noneMatch(e -> quiet.equals(e.get("subject"))
                            && "entente.command-structure.OperationEstablished".equals(e.get("type")));
            // NB the stream judges each event and its record's first event (platform LiveEvents): an open fact that
            // followed a restricted one on a record NOR sees reaches it as recorded (the approval names the force
            // USA-SOF), while nothing of the operation established for France and the United Kingdom does.

            // ---- lists and reports: what NOR sees and what the others see ------------------------------------
            for (String at : List.of("", past)) {
                String and = at.isEmpty() ? "?" : at + "&";
                String q = at.isEmpty() ? "" : at;

                assertThat(operationIds(norReader, "/operations" + and + "coalitionId=" + coalitionId))
                        .containsExactly(operationId);
                assertThat(operationIds(norObserver, "/operations?coalitionId=" + coalitionId + "&status=OPEN"))
                        .containsExactly(operationId);
                assertThat(operationIds(norReader, "/operations" + and + "size=" + 500)).doesNotContain(quiet);
                for (Api reader : seeing) {
                    assertThat(operationIds(reader, "/operations" + and + "coalitionId=" + coalitionId))
                            .as(reader.nation()).containsExactly(operationId, quiet);
                }

                Map<String, Object> norState = norReader.ok(norReader.get(base + q));
                assertThat(norState).containsEntry("leadNation", "GBR").containsEntry("headquarters", 2)
                        .containsEntry("forcesUnderCoalitionAuthority", 1).containsEntry("openTaskings", 1);
                for (Api reader : seeing) {
                    assertThat(reader.ok(reader.get(base + q))).as(reader.nation()).containsEntry("leadNation", "USA")
                            .containsEntry("headquarters", 3).containsEntry("forcesUnderCoalitionAuthority", 3)
                            .containsEntry("openTaskings", 2);
                }

                Map<String, Object> norOrbat = norReader.ok(norReader.get(base + "/order-of-battle" + q));
                assertThat(norOrbat).containsEntry("leadNation", "GBR");
                assertThat(norOrbat.toString()).contains("NOR-F16").doesNotContain("USA-SOF").doesNotContain("USA-AWACS")
                        .doesNotContain("Special Operations").doesNotContain(sof);
                assertThat(Api.list(Api.list(norOrbat, "tree").get(0), "subordinates"))
                        .extracting(n -> n.get("nodeId")).containsExactly(air);
                for (Api reader : seeing) {
                    Map<String, Object> orbat = reader.ok(reader.get(base + "/order-of-battle" + q));
                    assertThat(Api.list(Api.list(orbat, "tree").get(0), "subordinates")).as(reader.nation())
                            .extracting(n -> n.get("nodeId")).containsExactly(air, sof);
                    assertThat(orbat.toString()).contains("USA-SOF").contains("USA-AWACS").contains("NOR-F16");
                }

                assertThat(forceIds(norReader, base + "/forces" + q)).containsExactly("NOR-F16");
                assertThat(forceIds(norReader, base + "/forces" + and + "nation=USA")).isEmpty();
                assertThat(forceIds(norReader, base + "/forces" + and + "degree=OPCON")).containsExactly("NOR-F16");
                assertThat(forceIds(norReader, base + "/forces" + and + "status=RECALLED")).isEmpty();
                for (Api reader : seeing) {
                    assertThat(forceIds(reader, base + "/forces" + q)).as(reader.nation())
                            .containsExactly("NOR-F16", "USA-SOF", "USA-SUB", "USA-AWACS");
                    assertThat(forceIds(reader, base + "/forces" + and + "nation=USA"))
                            .containsExactly("USA-SOF", "USA-SUB", "USA-AWACS");
                    assertThat(forceIds(reader, base + "/forces" + and + "status=RECALLED")).containsExactly("USA-SUB");
                }

                assertThat(norReader.getList(base + "/force-summary" + q)).extracting(s -> s.get("nation"))
                        .containsExactly("NOR");
                for (Api reader : seeing) {
                    assertThat(reader.getList(base + "/force-summary" + q)).as(reader.nation())
                            .extracting(s -> s.get("nation"), s -> s.get("forceIds"))
                            .containsExactly(org.assertj.core.groups.Tuple.tuple("NOR", List.of("NOR-F16")),
                                    org.assertj.core.groups.Tuple.tuple("USA", List.of("USA-SOF", "USA-AWACS")));
                }

                assertThat(taskingIds(norReader, base + "/taskings" + q)).containsExactly(patrol);
                assertThat(taskingIds(norReader, base + "/taskings" + and + "forceId=USA-SOF")).isEmpty();
                assertThat(taskingIds(norReader, base + "/taskings" + and + "status=ISSUED")).containsExactly(patrol);
                for (Api reader : seeing) {
                    assertThat(taskingIds(reader, base + "/taskings" + q)).as(reader.nation())
                            .containsExactlyInAnyOrder(strike, patrol);
                    assertThat(taskingIds(reader, base + "/taskings" + and + "status=ISSUED"))
                            .containsExactlyInAnyOrder(strike, patrol);
                }

                assertThat(norReader.getList(base + "/red-card-policies" + q)).extracting(p -> p.get("nation"))
                        .containsExactly("NOR");
                for (Api reader : seeing) {
                    assertThat(reader.getList(base + "/red-card-policies" + q)).as(reader.nation())
                            .extracting(p -> p.get("nation"), p -> p.get("holder"))
                            .containsExactly(org.assertj.core.groups.Tuple.tuple("NOR", "rel.nor.red"),
                                    org.assertj.core.groups.Tuple.tuple("USA", "rel.usa.red"));
                }

                // ---- single records: 404 for NOR (also those with a later open fact), 200 for the others -------
                for (String path : List.of("/forces/USA-SOF", "/forces/USA-SUB", "/forces/USA-AWACS",
                        "/forces/USA-SOF/chain-of-command", "/forces/USA-SUB/chain-of-command",
                        "/taskings/" + strike)) {
                    assertThat(norReader.get(base + path + q).getStatusCode()).as("NOR: %s%s", path, q)
                            .isEqualTo(HttpStatus.NOT_FOUND);
                    for (Api reader : seeing) {
                        assertThat(reader.get(base + path + q).getStatusCode()).as("%s: %s%s", reader.nation(), path, q)
                                .isEqualTo(HttpStatus.OK);
                    }
                }
                assertThat(norReader.ok(norReader.get(base + "/forces/NOR-F16" + q))).containsEntry("status",
                        "UNDER_COALITION_AUTHORITY");
                assertThat(Api.list(norReader.ok(norReader.get(base + "/forces/NOR-F16/chain-of-command" + q)),
                        "chain")).extracting(l -> l.get("nodeId")).containsExactly(air, top);
                assertThat(norReader.ok(norReader.get(base + "/taskings/" + patrol + q))).containsEntry("status",
                        "ISSUED");
                for (Api reader : seeing) {
                    assertThat(Api.list(reader.ok(reader.get(base + "/forces/USA-SOF/chain-of-command" + q)), "chain"))
                            .as(reader.nation()).extracting(l -> l.get("nodeId")).containsExactly(sof, top);
                    assertThat(reader.ok(reader.get(base + "/taskings/" + strike + q))).containsEntry("status", "ISSUED")
                            .containsEntry("decidedBy", "rel.usa.red").containsEntry("decisionRationale",
                                    "target confirmed");
                    assertThat(reader.ok(reader.get(base + "/forces/USA-SUB" + q))).containsEntry("status", "RECALLED");
                }

                // ---- the operation established restricted, though an open fact followed ------------------------
                for (String path : List.of("", "/order-of-battle", "/forces", "/force-summary", "/taskings",
                        "/red-card-policies")) {
                    assertThat(norReader.get("/operations/" + quiet + path + q).getStatusCode())
                            .as("NOR: %s%s", path, q).isEqualTo(HttpStatus.NOT_FOUND);
                    assertThat(norObserver.get("/operations/" + quiet + path).getStatusCode())
                            .isEqualTo(HttpStatus.NOT_FOUND);
                    for (Api reader : seeing) {
                        if (path.equals("/force-summary") || path.equals("/red-card-policies")) {
                            assertThat(reader.getList("/operations/" + quiet + path + q)).isEmpty();
                        } else {
                            assertThat(reader.get("/operations/" + quiet + path + q).getStatusCode())
                                    .as("%s: %s%s", reader.nation(), path, q).isEqualTo(HttpStatus.OK);
                        }
                    }
                }
                for (Api reader : seeing) {
                    assertThat(reader.ok(reader.get("/operations/" + quiet + q))).containsEntry("name", "Quiet Harbour")
                            .containsEntry("headquarters", 1);
                }
            }

            // ---- the decision history ------------------------------------------------------------------------
            List<Map<String, Object>> norHistory = items(norReader.ok(norReader.get(base + "/history?size=100")));
            List<Map<String, Object>> fraHistory = items(fraReader.ok(fraReader.get(base + "/history?size=100")));
            assertThat(fraHistory).hasSize(17);
            assertThat(fraHistory).filteredOn(h -> List.of("FRA", "GBR").equals(h.get("releasableTo"))).hasSize(7);
            assertThat(norHistory).hasSize(17 - 7)
                    .allSatisfy(h -> assertThat(h.get("releasableTo")).isEqualTo(List.of("ALL_MEMBERS")));
            assertThat(norHistory.toString()).doesNotContain("Special Operations").doesNotContain(sof);
            assertThat(payloads(norHistory, "HeadquartersEstablished", "nodeId")).containsExactly(top, air);
            assertThat(payloads(norHistory, "LeadNationDesignated", "nation")).containsExactly("GBR");
            assertThat(payloads(norHistory, "ForcePlacedUnderAuthority", "forceId"))
                    .containsExactly("NOR-F16", "USA-AWACS");
            assertThat(payloads(norHistory, "RedCardPolicySet", "nation")).containsExactly("NOR");
            assertThat(payloads(norHistory, "TaskingAwaitingApproval", "taskingId")).isEmpty();
            // the open facts that followed restricted ones are the writers' to release: shown as recorded
            assertThat(payloads(norHistory, "ForceRecalled", "forceId")).containsExactly("USA-SUB");
            assertThat(payloads(norHistory, "TaskingApproved", "taskingId")).containsExactly(strike);
            assertThat(payloads(fraHistory, "HeadquartersEstablished", "nodeId")).containsExactly(top, air, sof);
            assertThat(payloads(fraHistory, "LeadNationDesignated", "nation")).containsExactly("GBR", "USA");
            for (Api reader : List.of(usaReader, wideReader)) {
                assertThat(items(reader.ok(reader.get(base + "/history?size=100")))).as(reader.nation())
                        .extracting(h -> h.get("eventId"))
                        .containsExactlyElementsOf(fraHistory.stream().map(h -> h.get("eventId")).toList());
            }
            assertThat(norReader.get("/operations/" + quiet + "/history").getStatusCode())
                    .isEqualTo(HttpStatus.NOT_FOUND);
            for (Api reader : seeing) {
                assertThat(items(reader.ok(reader.get("/operations/" + quiet + "/history")))).as(reader.nation())
                        .extracting(h -> h.get("type")).containsExactly("OperationEstablished", "HeadquartersEstablished");
            }

            // ---- a planned open placement after a restricted one: the view as of after it ----------------------
            Map<String, Object> norAwacs = norReader.ok(norReader.get(base + "/forces/USA-AWACS?asOf=" + AFTER_PLANNED));
            assertThat(norAwacs).containsEntry("degree", "TACON");
            assertThat(Api.list(norAwacs, "authorityHistory")).extracting(p -> p.get("degree")).containsExactly("TACON");
            assertThat(forceIds(norReader, base + "/forces?nation=USA&asOf=" + AFTER_PLANNED))
                    .containsExactly("USA-AWACS");
            for (Api reader : seeing) {
                Map<String, Object> awacs = reader.ok(reader.get(base + "/forces/USA-AWACS?asOf=" + AFTER_PLANNED));
                assertThat(Api.list(awacs, "authorityHistory")).as(reader.nation()).extracting(p -> p.get("degree"))
                        .containsExactly("OPCON", "TACON");
            }
            assertThat(norReader.get(base + "/forces/USA-AWACS?asOf=" + AFTER_PLANNED + "&knownAt=" + knownAt)
                    .getStatusCode()).isEqualTo(HttpStatus.OK);
        }
    }

    /** The events of {@code stream} that {@code which} keeps, once the {@code sentinel} event has come. */
    private static List<Map<String, Object>> awaitEvents(LiveStream stream, Predicate<Map<String, Object>> which,
                                                         Predicate<Map<String, Object>> sentinel) {
        Eventually.await("the sentinel on the stream", () -> stream.all().stream().anyMatch(sentinel));
        return stream.all().stream().filter(which).toList();
    }

    /** The {@code field} of the payload of each entry of type {@code type}, in order. */
    private static List<Object> payloads(List<Map<String, Object>> history, String type, String field) {
        return history.stream().filter(h -> type.equals(h.get("type")))
                .map(h -> ((Map<?, ?>) h.get("payload")).get(field)).map(Object.class::cast).toList();
    }

    private static List<Object> operationIds(Api reader, String path) {
        return ids(reader.get(path), reader, path, "operationId");
    }

    private static List<Object> forceIds(Api reader, String path) {
        return ids(reader.get(path), reader, path, "forceId");
    }

    private static List<Object> taskingIds(Api reader, String path) {
        return ids(reader.get(path), reader, path, "taskingId");
    }

    private static List<Object> ids(ResponseEntity<Map<String, Object>> response, Api reader, String path,
                                    String key) {
        assertThat(response.getStatusCode()).as("%s %s", reader.nation(), path).isEqualTo(HttpStatus.OK);
        return items(response.getBody()).stream().map(item -> item.get(key)).toList();
    }
}
