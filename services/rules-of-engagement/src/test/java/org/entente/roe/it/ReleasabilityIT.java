package org.entente.roe.it;

import org.entente.contracts.basing.v1.BasingAgreementAdvanced;
import org.entente.contracts.basing.v1.BasingAgreementRequested;
import org.entente.contracts.basing.v1.BasingAgreementRestricted;
import org.entente.contracts.commandstructure.v1.ForcePlacedUnderAuthority;
import org.entente.contracts.commandstructure.v1.ForceRecalled;
import org.entente.contracts.commandstructure.v1.OperationClosed;
import org.entente.contracts.commandstructure.v1.OperationEstablished;
import org.entente.infra.issuer.TokenRequest;
import org.entente.testing.LiveStream;
import org.entente.testing.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.roe.it.Api.list;
import static org.entente.roe.it.Api.map;
import static org.entente.roe.it.Api.profile;
import static org.entente.roe.it.Api.reasonCodes;
import static org.entente.testing.Eventually.await;

/**
 * Records marked releasable to FRA and GBR, recorded by USA actors, next to records releasable to every member, read on
 * every read path of the service by a reader of a third nation (NOR), of the nations named, of the recording nation,
 * and by a coalition-wide auditor (of NOR, so that only the clearance lets them see): profiles now, as of and as known
 * at, their histories and the verification of their hash chain; caveats per nation and of the whole coalition, past
 * views and histories; the operations and bases learned from the other services' topics (whose envelopes carry
 * releasableTo); the engagement check; the live stream with and without a subject (a caveat record's id holds a '/',
 * which the platform's subject filter does not take: caveats are checked on the stream of every subject). Several
 * restricted records are followed by unrestricted events on the same entity (an authorisation of a restricted
 * request, the lifting of a restricted caveat, the recall of a force placed restricted, a request in a profile
 * established restricted): every view still answers, without them.
 */
class ReleasabilityIT extends RoeIntegrationTest {

    private static final List<String> FRA_GBR = List.of("FRA", "GBR");
    private static final String SECRET = "Eyes-only";
    private static final String F1 = "usa-f15e-492";
    private static final String F2 = "usa-sof-team-7";

    @LocalServerPort
    int port;

    private final Upstream upstream = new Upstream();

    @Test
    void restrictedRecordsAreShownOnlyToTheNationsNamedTheirAuthorAndACoalitionWideAuditor() throws Exception {
        String coalitionId = upstream.coalition(null, "USA", "FRA", "GBR", "NOR");
        Api usa = Api.staff(http, "USA", coalitionId, null);
        Api usaPlanner = usa.planner("p.usa", "USA");
        Api nor = reader("r.nor", "NOR");
        Api wide = new Api(http, "r.wide", "NOR", "auditor", null, List.of(), "coalition-wide-audit");
        Map<String, Api> allowed = Map.of("FRA (named)", reader("r.fra", "FRA"), "GBR (named)", reader("r.gbr", "GBR"),
                "USA (recording nation)", reader("r.usa", "USA"), "coalition-wide auditor", wide);

        String opA = upstream.operation(coalitionId, null);
        String opB = upstream.operation(coalitionId, null);
        await("operations and coalition known", () -> wide.get("/operations/" + opA).getStatusCode().is2xxSuccessful()
                && wide.get("/operations/" + opB).getStatusCode().is2xxSuccessful()
                && wide.get("/coalitions/" + coalitionId + "/caveats").getStatusCode().is2xxSuccessful());
        String caveatRecord = coalitionId + "/caveats/USA";
        String frenchRecord = coalitionId + "/caveats/FRA";

        try (LiveStream norOnA = stream("/stream?subject=" + opA, "s.nor", "NOR", "observer");
             LiveStream fraOnA = stream("/stream?subject=" + opA, "s.fra", "FRA", "observer");
             LiveStream norAll = stream("/stream", "s.nor.all", "NOR", "observer");
             LiveStream wideAll = LiveStream.open(port, "/stream", TestTokens.token(TokenRequest.of("s.wide", "NOR",
                     "auditor").withClearances("coalition-wide-audit")))) {

            // Profile A, releasable to all; m1 requested restricted and then authorised for all; m2 requested for all
            // and then cancelled restricted.
            usa.establish(opA);
            String m1 = (String) usa.ok(usa.post(profile(opA) + "/measures", Map.of("measureCode", "19A",
                    "nation", "USA", "decision", restricted("m1")))).get("requestId");
            usa.authorise(opA, m1);
            String m2 = usa.request(opA, "14A", null, "USA");
            usa.ok(usa.post(profile(opA) + "/measures/" + m2 + "/cancellation", Map.of("reason",
                    SECRET + " cancellation", "decision", restricted("m2 cancellation"))));
            // Profile B, established restricted; a request releasable to all follows.
            usa.ok(usa.post(profile(opB), Map.of("decision", restricted("profile B"))));
            String m3 = usa.request(opB, "14A", null, "USA");

            // USA's caveats: c1 restricted (the record's first event), c2 for all, c3 restricted and lifted for all.
            String caveats = "/coalitions/" + coalitionId + "/caveats/USA";
            String c1 = declare(usaPlanner, caveats, Map.of("category", "TARGETING", "measures", List.of("19A"),
                    "description", SECRET + " c1", "decision", restricted("c1")));
            String c2 = declare(usaPlanner, caveats, Map.of("category", "GEOGRAPHIC", "areas", List.of("Misrata"),
                    "description", "open c2"));
            String c3 = declare(usaPlanner, caveats, Map.of("category", "USE_OF_FORCE", "measures", List.of("14B"),
                    "description", SECRET + " c3", "decision", restricted("c3")));
            usaPlanner.ok(usaPlanner.post(caveats + "/" + c3 + "/lifting", Map.of("reason", "no longer needed")));
            // FRA's caveat record, releasable to all from its first event
            String c4 = declare(usa.planner("p.fra", "FRA"), "/coalitions/" + coalitionId + "/caveats/FRA",
                    Map.of("category", "DETENTION", "series", List.of("DETENTION"), "description", "open c4"));

            // What the other services published: F1 placed for all; F2 placed restricted, recalled for all; operation
            // C established restricted; operation D closed restricted; base 1 in force for all, then restricted
            // restricted; base 2 requested restricted.
            upstream.placeForce(opA, coalitionId, F1, "USA", "OPCON", null);
            upstream.commandStructure(opA, new ForcePlacedUnderAuthority(opA, coalitionId, F2, "USA", "SOF_TEAM", 12,
                    "cfsocc", "OPCON", List.of(), SECRET + " area", null, null), null, FRA_GBR);
            upstream.commandStructure(opA, new ForceRecalled(opA, coalitionId, F2, "USA", "back home"), null);
            String opC = "op-" + UUID.randomUUID();
            upstream.commandStructure(opC, new OperationEstablished(opC, coalitionId, SECRET + " operation C"), null,
                    FRA_GBR);
            String opD = upstream.operation(coalitionId, null);
            upstream.commandStructure(opD, new OperationClosed(opD, coalitionId, "MANDATE_ENDED"), null, FRA_GBR);
            String b1 = "souda-" + UUID.randomUUID();
            upstream.basing(b1, new BasingAgreementAdvanced(b1, coalitionId, "GRC", "Souda Bay", "IN_FORCE",
                    List.of("STRIKE", "ISR"), null, Instant.parse("2011-03-20T00:00:00Z"), "IN_FORCE"));
            upstream.basing(b1, new BasingAgreementRestricted(b1, coalitionId, "GRC", "Souda Bay", "IN_FORCE",
                    List.of("ISR"), null, null, List.of("STRIKE"), SECRET + " no strikes"), FRA_GBR);
            String b2 = "sigonella-" + UUID.randomUUID();
            upstream.basing(b2, new BasingAgreementRequested(b2, coalitionId, "ITA", SECRET + " Sigonella",
                    "REQUESTED", List.of("ISR"), null, null, 200, 12, "MEMBER", null), FRA_GBR);
            await("every upstream fact applied", () -> wide.get("/operations/" + opC).getStatusCode().is2xxSuccessful()
                    && wide.get("/bases/" + b2).getStatusCode().is2xxSuccessful()
                    && Boolean.TRUE.equals(map(found(wide, "/operations/" + opD).get("operation")).get("closed"))
                    && list(found(wide, "/operations/" + opA), "forces").stream()
                    .anyMatch(f -> F2.equals(f.get("forceId")) && "RECALLED".equals(f.get("standing")))
                    && list(found(wide, "/operations/" + opA), "forces").size() == 2
                    && "BasingAgreementRestricted".equals(found(wide, "/bases/" + b1).get("lastEvent")));

            // ---- the profile: now, as of, as known at, history ------------------------------------------------
            String now = "?asOf=" + Instant.now() + "&knownAt=" + Instant.now();
            for (String read : List.of("", now, "?asOf=2100-01-01T00:00:00Z")) {
                Map<String, Object> seen = nor.ok(nor.get(profile(opA) + read));
                assertThat(statuses(seen)).as("NOR reads profile A%s", read).isEqualTo(Map.of(m2, "REQUESTED"));
                assertThat(seen.toString()).doesNotContain(m1).doesNotContain(SECRET);
                allowed.forEach((who, api) -> assertThat(statuses(api.ok(api.get(profile(opA) + read))))
                        .as("%s reads profile A%s", who, read).isEqualTo(Map.of(m1, "AUTHORISED", m2, "CANCELLED")));
                assertThat(nor.get(profile(opB) + read).getStatusCode()).as("profile B%s", read)
                        .isEqualTo(HttpStatus.NOT_FOUND);
                allowed.forEach((who, api) -> assertThat(statuses(api.ok(api.get(profile(opB) + read))))
                        .as("%s reads profile B%s", who, read).isEqualTo(Map.of(m3, "REQUESTED")));
            }
            String norHistory = nor.ok(nor.get(profile(opA) + "/history")).toString();
            assertThat(norHistory).contains(m2).doesNotContain(m1).doesNotContain(SECRET)
                    .doesNotContain("MeasureCancelled").doesNotContain("MeasureAuthorised");
            assertThat(Api.items(nor.ok(nor.get(profile(opA) + "/history")))).extracting(e -> e.get("type"))
                    .containsExactly("RoeProfileEstablished", "MeasureRequested");
            assertThat(nor.get(profile(opB) + "/history").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
            allowed.forEach((who, api) -> {
                assertThat(Api.items(api.ok(api.get(profile(opA) + "/history")))).as(who).extracting(e -> e.get("type"))
                        .containsExactly("RoeProfileEstablished", "MeasureRequested", "MeasureAuthorised",
                                "MeasureRequested", "MeasureCancelled");
                assertThat(api.ok(api.get(profile(opB) + "/history")).toString()).as(who)
                        .contains(SECRET + " profile B").contains(m3);
            });

            // the platform's proof of the hash chain: a profile established restricted is not there for NOR either
            assertThat(nor.ok(nor.get("/verification/" + opA))).containsEntry("intact", true);
            assertThat(nor.get("/verification/" + opB).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
            allowed.forEach((who, api) -> assertThat(api.ok(api.get("/verification/" + opB))).as(who)
                    .containsEntry("intact", true));

            // ---- caveats: one nation's, the coalition's, past views, history ----------------------------------
            for (String read : List.of("", now)) {
                Map<String, Object> seen = nor.ok(nor.get(caveats + read));
                assertThat(caveatStatuses(seen)).as("NOR reads USA's caveats%s", read)
                        .isEqualTo(Map.of(c2, "IN_FORCE"));
                assertThat(seen.toString()).doesNotContain(c1).doesNotContain(c3).doesNotContain(SECRET);
                Map<String, Object> coalition = nor.ok(nor.get("/coalitions/" + coalitionId + "/caveats" + read));
                assertThat(coalition).containsOnlyKeys("FRA", "USA");
                assertThat(caveatStatuses(map(coalition.get("USA")))).isEqualTo(Map.of(c2, "IN_FORCE"));
                assertThat(caveatStatuses(map(coalition.get("FRA")))).isEqualTo(Map.of(c4, "IN_FORCE"));
                assertThat(coalition.toString()).doesNotContain(SECRET);
                allowed.forEach((who, api) -> {
                    Map<String, String> expected = Map.of(c1, "IN_FORCE", c2, "IN_FORCE", c3, "LIFTED");
                    assertThat(caveatStatuses(api.ok(api.get(caveats + read)))).as("%s%s", who, read)
                            .isEqualTo(expected);
                    Map<String, Object> all = api.ok(api.get("/coalitions/" + coalitionId + "/caveats" + read));
                    assertThat(caveatStatuses(map(all.get("USA")))).as("%s, the coalition's%s", who, read)
                            .isEqualTo(expected);
                    assertThat(caveatStatuses(map(all.get("FRA")))).isEqualTo(Map.of(c4, "IN_FORCE"));
                });
            }
            assertThat(Api.items(nor.ok(nor.get(caveats + "/history")))).extracting(e -> e.get("type"))
                    .as("the lifting of a caveat NOR may not see is left out too").containsExactly("CaveatDeclared");
            assertThat(nor.ok(nor.get(caveats + "/history")).toString()).contains(c2).doesNotContain(c1)
                    .doesNotContain(c3).doesNotContain(SECRET);
            allowed.forEach((who, api) -> assertThat(Api.items(api.ok(api.get(caveats + "/history"))))
                    .as(who).extracting(e -> e.get("type"))
                    .containsExactly("CaveatDeclared", "CaveatDeclared", "CaveatDeclared", "CaveatLifted"));

            // ---- what was learned from command-structure and basing-logistics ---------------------------------
            Map<String, Object> operationA = nor.ok(nor.get("/operations/" + opA));
            assertThat(list(operationA, "forces")).extracting(f -> f.get("forceId")).containsExactly(F1);
            assertThat(operationA.toString()).doesNotContain(SECRET);
            assertThat(nor.get("/operations/" + opC).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(map(nor.ok(nor.get("/operations/" + opD)).get("operation"))).containsEntry("closed", false);
            Map<String, Object> base1 = nor.ok(nor.get("/bases/" + b1));
            assertThat(base1).containsEntry("lastEvent", "BasingAgreementAdvanced")
                    .containsEntry("permittedActivities", List.of("STRIKE", "ISR"));
            assertThat(nor.get("/bases/" + b2).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
            allowed.forEach((who, api) -> {
                assertThat(list(api.ok(api.get("/operations/" + opA)), "forces")).as(who)
                        .extracting(f -> f.get("forceId") + " " + f.get("standing"))
                        .containsExactly(F1 + " UNDER_COALITION_AUTHORITY", F2 + " RECALLED");
                assertThat(map(api.ok(api.get("/operations/" + opC)).get("operation"))).as(who)
                        .containsEntry("name", SECRET + " operation C");
                assertThat(map(api.ok(api.get("/operations/" + opD)).get("operation"))).as(who)
                        .containsEntry("closed", true);
                assertThat(api.ok(api.get("/bases/" + b1))).as(who)
                        .containsEntry("lastEvent", "BasingAgreementRestricted")
                        .containsEntry("permittedActivities", List.of("ISR"));
                assertThat(api.ok(api.get("/bases/" + b2))).as(who).containsEntry("site", SECRET + " Sigonella");
            });

            // ---- the engagement check: decided on every fact, worded for the reader ---------------------------
            String check = "/operations/" + opA + "/engagement-check?force=" + F1 + "&measure=19A&base=" + b1;
            allowed.forEach((who, api) -> {
                Map<String, Object> answer = api.ok(api.get(check));
                assertThat(answer).as(who).containsEntry("permitted", false)
                        .containsEntry("authorisedBy", List.of(m1)).containsEntry("nation", "USA");
                assertThat(reasonCodes(answer)).as(who).containsExactly("CAVEAT_FORBIDS_MEASURE", "CAVEAT_FORBIDS_AREA",
                        "BASE_DOES_NOT_PERMIT_ACTIVITY");
                assertThat(answer.toString()).as(who).contains(c1);
            });
            Map<String, Object> norAnswer = nor.ok(nor.get(check));
            assertThat(norAnswer).containsEntry("permitted", false).containsEntry("authorisedBy", List.of())
                    .containsEntry("nation", "USA");
            assertThat(reasonCodes(norAnswer)).as("the reasons NOR could find itself, and that others stand")
                    .containsExactly("CAVEAT_FORBIDS_AREA", "NOT_RELEASABLE");
            assertThat(norAnswer.toString()).contains(c2).doesNotContain(c1).doesNotContain(m1)
                    .doesNotContain(SECRET).doesNotContain("19A is not authorised").doesNotContain("ISR");
            Map<String, Object> onB = nor.ok(nor.get("/operations/" + opB + "/engagement-check?force=" + F1
                    + "&measure=14A"));
            assertThat(reasonCodes(onB)).as("profile B is NOR's to know nothing of, but it is not 'not established'")
                    .containsExactly("FORCE_NOT_UNDER_COALITION_AUTHORITY", "NOT_RELEASABLE");
            assertThat(onB.toString()).doesNotContain(m3).doesNotContain("awaiting");
            assertThat(nor.get("/operations/" + opC + "/engagement-check?force=" + F1 + "&measure=19A")
                    .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(wide.get("/operations/" + opC + "/engagement-check?force=" + F1 + "&measure=19A")
                    .getStatusCode()).isEqualTo(HttpStatus.OK);

            // ---- the live stream ---------------------------------------------------------------------------
            assertThat(fraOnA.awaitEvents(2, type("MeasureRequested"))).hasSize(2);
            assertThat(fraOnA.awaitEvents(1, type("MeasureCancelled"))).hasSize(1);
            assertThat(norOnA.awaitEvents(1, type("MeasureRequested"))).singleElement()
                    .satisfies(e -> assertThat(map(e.get("data"))).containsEntry("requestId", m2));
            assertThat(norOnA.all()).as("NOR's stream of operation A").isNotEmpty()
                    .noneMatch(e -> type("MeasureCancelled").equals(e.get("type")))
                    .noneMatch(e -> e.toString().contains(SECRET))
                    .allMatch(e -> opA.equals(e.get("subject")));

            // On the stream a record is what it is in the platform's histories: the USA caveat record, whose first
            // event NOR may not see, is not streamed to NOR at all (the views above show its caveats one by one).
            Set<String> subjects = Set.of(opA, opB, caveatRecord, frenchRecord);
            assertThat(wideAll.awaitEvents(4, type("CaveatDeclared"))).filteredOn(e -> subjects.contains(
                    e.get("subject"))).extracting(e -> map(e.get("data")).get("caveatId"))
                    .containsExactly(c1, c2, c3, c4);
            assertThat(norAll.awaitEvents(1, type("CaveatDeclared"))).as("NOR's stream: %s", summary(norAll))
                    .filteredOn(e -> subjects.contains(e.get("subject"))).extracting(e -> map(e.get("data"))
                            .get("caveatId")).containsExactly(c4);
            assertThat(norAll.all()).filteredOn(e -> type("RoeProfileEstablished").equals(e.get("type"))
                            && subjects.contains(e.get("subject"))).extracting(e -> e.get("subject"))
                    .containsExactly(opA);
            assertThat(norAll.all()).filteredOn(e -> subjects.contains(e.get("subject")))
                    .noneMatch(e -> e.toString().contains(SECRET))
                    .noneMatch(e -> e.toString().contains(c1) || e.toString().contains(c3));
        }
    }

    /** The body of a read that succeeded; empty while the service does not know the record (yet). */
    private static Map<String, Object> found(Api api, String path) {
        var response = api.get(path);
        return response.getStatusCode().is2xxSuccessful() ? response.getBody()
                : Map.of("forces", List.of(), "operation", Map.of());
    }

    private Api reader(String actor, String nation) {
        return new Api(http, actor, nation, "auditor", null, List.of());
    }

    private LiveStream stream(String path, String actor, String nation, String role) throws InterruptedException {
        return LiveStream.open(port, path, TestTokens.token(TokenRequest.of(actor, nation, role)));
    }

    private static Map<String, Object> restricted(String what) {
        return Map.of("releasableTo", FRA_GBR, "rationale", SECRET + " " + what);
    }

    private static String declare(Api planner, String caveats, Map<String, Object> body) {
        return (String) planner.ok(planner.post(caveats, body)).get("caveatId");
    }

    private static List<String> summary(LiveStream stream) {
        return stream.all().stream().map(e -> e.get("type") + " " + e.get("subject")).toList();
    }

    private static String type(String event) {
        return "entente.rules-of-engagement." + event;
    }

    private static Map<String, String> statuses(Map<String, Object> profile) {
        Map<String, String> statuses = new java.util.HashMap<>();
        list(profile, "measures").forEach(m -> statuses.put((String) m.get("requestId"), (String) m.get("status")));
        return statuses;
    }

    private static Map<String, String> caveatStatuses(Map<String, Object> record) {
        Map<String, String> statuses = new java.util.HashMap<>();
        list(record, "caveats").forEach(c -> statuses.put((String) c.get("caveatId"), (String) c.get("status")));
        return statuses;
    }
}
