package org.entente.membership.it;

import org.entente.infra.issuer.TokenRequest;
import org.entente.testing.LiveStream;
import org.entente.testing.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.membership.it.Api.pledge;

/**
 * An event marked releasable to some nations is not shown to a reader of another nation on any read path: state
 * queries, lists, reports, the decision history, past views (asOf/knownAt) and the live stream. The nations named,
 * the nation that recorded it and a coalition-wide auditor see it; everything releasable to all members is shown to
 * every reader.
 */
class ReleasabilityIT extends MembershipIntegrationTest {

    @LocalServerPort
    int port;

    private static final Map<String, Object> TO_FRA_AND_GBR = Map.of("releasableTo", List.of("FRA", "GBR"));

    @Test
    void aRestrictedPledgeIsShownToTheNationsNamedAndItsAuthorOnly() throws Exception {
        Api lead = new Api(http, "r.lead", "GBR");
        String coalitionId = lead.formCoalition("Operation Need To Know", "GBR", "GBR", "FRA", "NOR");
        String base = "/coalitions/" + coalitionId;
        Api gbr = new Api(http, "r.gbr", "GBR", "auditor");
        Api nor = new Api(http, "r.nor", "NOR", "auditor");
        Api norPlanner = new Api(http, "r.nor.planner", "NOR", "planner");
        Api wide = new Api(http, "r.wide", "NOR", "auditor", "coalition-wide-audit");

        try (LiveStream norStream = LiveStream.open(port, "/stream?subject=" + coalitionId,
                TestTokens.token(TokenRequest.of("r.nor.observer", "NOR", "observer")));
             LiveStream gbrStream = LiveStream.open(port, "/stream?subject=" + coalitionId,
                     TestTokens.token(TokenRequest.of("r.gbr.observer", "GBR", "observer")))) {

            String secret = (String) lead.ok(lead.post(base + "/pledges", Api.with(
                    pledge("FRA", "FORCES", 4, "submarines", "2030-01-01"), "decision", TO_FRA_AND_GBR))).get("pledgeId");
            lead.ok(lead.post(base + "/members/FRA/domestic-support", Map.of("supportPercent", 48, "source",
                    "IFOP", "decision", Map.of("releasableTo", List.of("FRA")))));
            String open = (String) norPlanner.ok(norPlanner.post(base + "/pledges",
                    pledge("NOR", "FORCES", 2, "frigates", "2030-01-01"))).get("pledgeId");

            // The live stream: the NOR reader gets the open pledge only; the GBR reader both pledges.
            assertThat(gbrStream.awaitEvents(2, "entente.membership.PledgeMade")).hasSize(2);
            List<Map<String, Object>> norEvents = norStream.awaitEvents(1, "entente.membership.PledgeMade");
            assertThat(norEvents).singleElement().satisfies(e -> assertThat(e.get("data").toString()).contains(open));
            assertThat(norStream.all()).as("nothing restricted reached the NOR stream")
                    .noneMatch(e -> e.toString().contains(secret) || e.toString().contains("IFOP"));

            // Verification checks the whole chain, and tells each reader of the events they may see only.
            Map<String, Object> toGbr = gbr.ok(gbr.get("/verification/" + coalitionId));
            Map<String, Object> toNor = nor.ok(nor.get("/verification/" + coalitionId));
            assertThat(toGbr).containsEntry("intact", true);
            assertThat(toNor).containsEntry("intact", true);
            assertThat(((Number) toNor.get("events")).intValue()).as("the secret pledge is no event for NOR")
                    .isEqualTo(((Number) toGbr.get("events")).intValue() - 1);

            // Queries: the list of pledges, the pledge itself, burden sharing, credibility, domestic support.
            assertThat(pledgeIds(nor.ok(nor.get(base + "/pledges")))).containsExactly(open);
            assertThat(pledgeIds(gbr.ok(gbr.get(base + "/pledges")))).containsExactlyInAnyOrder(secret, open);
            assertThat(pledgeIds(lead.ok(lead.get(base + "/pledges")))).contains(secret);
            assertThat(nor.get(base + "/pledges/" + secret).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(gbr.get(base + "/pledges/" + secret).getStatusCode()).isEqualTo(HttpStatus.OK);
            assertThat(nor.ok(nor.get(base + "/burden-sharing")).toString()).doesNotContain("submarines");
            assertThat(gbr.ok(gbr.get(base + "/burden-sharing")).toString()).contains("submarines");
            assertThat(nor.get(base + "/credibility").getStatusCode()).isEqualTo(HttpStatus.OK);
            assertThat(Api.items(nor.ok(nor.get(base + "/members/FRA/domestic-support")))).isEmpty();
            assertThat(Api.items(gbr.ok(gbr.get(base + "/members/FRA/domestic-support")))).isEmpty();
            assertThat(Api.items(wide.ok(wide.get(base + "/members/FRA/domestic-support")))).hasSize(1);

            // The decision history and the past views.
            assertThat(nor.ok(nor.get(base + "/history?size=100")).toString())
                    .doesNotContain(secret).doesNotContain("IFOP").contains(open);
            assertThat(gbr.ok(gbr.get(base + "/history?size=100")).toString()).contains(secret).doesNotContain("IFOP");
            assertThat(wide.ok(wide.get(base + "/history?size=100")).toString()).contains(secret);
            String later = "2031-01-01T00:00:00Z";
            assertThat(nor.ok(nor.get(base + "/pledges?asOf=" + later)).toString()).doesNotContain(secret);
            assertThat(nor.ok(nor.get(base + "/pledges?knownAt=" + java.time.Instant.now())).toString())
                    .doesNotContain(secret);
            assertThat(gbr.ok(gbr.get(base + "/pledges?asOf=" + later)).toString()).contains(secret);
        }
    }

    @Test
    void aCoalitionFormedReleasableToSomeNationsDoesNotExistForOthers() throws Exception {
        Api lead = new Api(http, "r.founder", "GBR");
        String coalitionId = (String) lead.ok(lead.post("/coalitions", Api.coalition("Operation Quiet", "GBR",
                Map.of("releasableTo", List.of("GBR", "USA")), "GBR", "USA"))).get("coalitionId");
        Api fra = new Api(http, "r.fra", "FRA", "observer");
        Api usa = new Api(http, "r.usa", "USA", "observer");
        Api fraAuditor = new Api(http, "r.fra.auditor", "FRA", "auditor");

        // Later decisions about it, even unrestricted ones, do not reveal it either: not on the stream, not verified.
        try (LiveStream fraStream = LiveStream.open(port, "/stream",
                TestTokens.token(TokenRequest.of("r.fra.observer", "FRA", "observer")));
             LiveStream usaStream = LiveStream.open(port, "/stream?subject=" + coalitionId,
                     TestTokens.token(TokenRequest.of("r.usa.observer", "USA", "observer")))) {
            lead.ok(lead.post("/coalitions/" + coalitionId + "/members", Map.of("nation", "AUS")));
            assertThat(usaStream.awaitEvents(1, "entente.membership.MemberAdmitted")).hasSize(1);
            assertThat(fraStream.all()).noneMatch(e -> coalitionId.equals(e.get("subject")));
        }
        assertThat(fraAuditor.get("/verification/" + coalitionId).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(new Api(http, "r.usa.auditor", "USA", "auditor").ok(
                new Api(http, "r.usa.auditor", "USA", "auditor").get("/verification/" + coalitionId)))
                .containsEntry("intact", true);

        assertThat(fra.get("/coalitions/" + coalitionId).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(fra.get("/coalitions/" + coalitionId + "/members").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(Api.items(fra.ok(fra.get("/coalitions?size=200"))))
                .noneMatch(c -> coalitionId.equals(c.get("coalitionId")));
        assertThat(usa.ok(usa.get("/coalitions/" + coalitionId))).containsEntry("name", "Operation Quiet");
        assertThat(Api.items(usa.ok(usa.get("/coalitions?size=200"))))
                .anyMatch(c -> coalitionId.equals(c.get("coalitionId")));

        // nor on writes: a French pledge to it is answered as to a coalition that does not exist, not with the rule
        // that would tell France it is no member of it
        Api fraPlanner = new Api(http, "r.fra.planner", "FRA", "planner");
        Map<String, Object> frigates = pledge("FRA", "FORCES", 2, "frigates", "2031-01-01");
        ResponseEntity<Map<String, Object>> hidden = fraPlanner.post("/coalitions/" + coalitionId + "/pledges",
                frigates);
        ResponseEntity<Map<String, Object>> unknown = fraPlanner.post("/coalitions/c-" + UUID.randomUUID()
                + "/pledges", frigates);
        assertThat(hidden.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND).isEqualTo(unknown.getStatusCode());
        assertThat(hidden.getBody()).containsOnlyKeys(unknown.getBody().keySet())
                .containsEntry("type", unknown.getBody().get("type"))
                .containsEntry("title", unknown.getBody().get("title"));
        assertThat(hidden.getBody().get("detail")).isEqualTo("no such record: " + coalitionId);
        assertThat(unknown.getBody().get("detail")).asString().startsWith("no such record: ");
    }

    @SuppressWarnings("unchecked")
    private static List<String> pledgeIds(Map<String, Object> page) {
        return ((List<Map<String, Object>>) page.get("items")).stream().map(p -> (String) p.get("pledgeId")).toList();
    }
}
