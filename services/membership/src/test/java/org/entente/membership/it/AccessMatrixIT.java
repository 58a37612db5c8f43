package org.entente.membership.it;

import org.entente.testing.AccessMatrix;
import org.entente.testing.AccessMatrix.Personas;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;

import java.util.List;
import java.util.Map;

import static org.entente.membership.it.Api.pledge;

/**
 * Every endpoint of the membership service × every persona (each role for GBR and for FRA, both members; the council
 * of this coalition and of another; a coalition-wide auditor; a token with no role; no token), each status exact.
 * Founders form coalitions; the council of the coalition decides membership, mandate, lead nation, partners,
 * milestones and dissolution; a nation's own planner records its pledges, deliveries and domestic support; every
 * role reads current state; histories and past views are for every role but observer.
 */
class AccessMatrixIT extends MembershipIntegrationTest {

    private static final String OWN = "GBR";
    private static final String OTHER = "FRA";
    /** The body of a decision of consequence, which names why and on whose authority. */
    private static final Map<String, Object> OF_CONSEQUENCE = Map.of("decision",
            Api.decision("as the council decided", "Council decision 2011/7", null));
    private static AccessMatrix matrix;

    private Api lead;

    @BeforeEach
    void privilegedClient() {
        if (matrix == null) {
            matrix = new AccessMatrix(http, OWN, OTHER);
        }
        lead = new Api(http, "matrix.setup", OWN);
    }

    @AfterAll
    static void report() {
        System.out.println(matrix.report("membership"));
    }

    /** A coalition led by GBR with FRA; a GBR pledge with one delivery; a milestone; SAU as partner. */
    private record Fixture(String coalitionId, String base, String pledgeId, String deliveryId, String milestoneId) {
    }

    private Fixture fixture() {
        String coalitionId = lead.formCoalition("Operation Matrix", OWN, OWN, OTHER);
        String base = "/coalitions/" + coalitionId;
        String pledgeId = (String) lead.ok(lead.post(base + "/pledges",
                pledge(OWN, "FORCES", 100, "personnel", "2030-01-01"))).get("pledgeId");
        String deliveryId = (String) lead.ok(lead.post(base + "/pledges/" + pledgeId + "/deliveries",
                Map.of("amount", Map.of("value", 10, "unit", "personnel")))).get("deliveryId");
        String milestoneId = (String) lead.ok(lead.post(base + "/milestones", Map.of("name", "Transition",
                "criteria", List.of("local forces lead"), "targetDate", "2030-07-01"))).get("milestoneId");
        lead.ok(lead.post(base + "/partners", Map.of("nation", "SAU", "role", "HOST_NATION")));
        return new Fixture(coalitionId, base, pledgeId, deliveryId, milestoneId);
    }

    private AccessMatrix.Call write(String name, String path, Object body, Fixture fixture) {
        return matrix.call(name, HttpMethod.POST, path, body, matrix.personas(fixture.coalitionId()))
                .unchanged(() -> lead.get("/coalitions/" + fixture.coalitionId()).getHeaders().getETag());
    }

    @Test
    void foundersFormCoalitions() {
        Fixture f = fixture();
        matrix.call("form a coalition", HttpMethod.POST, "/coalitions",
                        Api.coalition("Operation Founded", OWN, null, OWN), matrix.personas(f.coalitionId()))
                .unchanged(() -> Api.items(lead.ok(lead.get("/coalitions?size=200"))).size())
                .allow("founder@GBR", 201).allow("founder@FRA", 201)
                .run();
    }

    @Test
    void theCouncilOfTheCoalitionDecidesItsMembershipMandateLeadAndExit() {
        Fixture f = fixture();
        write("admit a member", f.base() + "/members", Map.of("nation", "DEU"), f)
                .allow("council@GBR", 201).allow("council@FRA", 409).run();
        write("suspend a member", f.base() + "/members/DEU/suspension", OF_CONSEQUENCE, f)
                .allow("council@GBR", 200).allow("council@FRA", 409).run();
        write("reinstate a member", f.base() + "/members/DEU/reinstatement", Map.of(), f)
                .allow("council@GBR", 200).allow("council@FRA", 409).run();
        write("withdraw a member", f.base() + "/members/DEU/withdrawal", OF_CONSEQUENCE, f)
                .allow("council@GBR", 200).allow("council@FRA", 409).run();
        write("associate a partner", f.base() + "/partners", Map.of("nation", "QAT", "role", "HOST_NATION"), f)
                .allow("council@GBR", 201).allow("council@FRA", 409).run();
        write("change a partner's status", f.base() + "/partners/QAT/status",
                Map.of("role", "TRANSIT_STATE", "governance", "NON_DEMOCRATIC"), f)
                .allow("council@GBR", 200).allow("council@FRA", 409).run();
        write("end a partnership", f.base() + "/partners/QAT/end", Map.of(), f)
                .allow("council@GBR", 200).allow("council@FRA", 409).run();
        write("change the lead nation", f.base() + "/lead-nation", Map.of("leadNation", OTHER), f)
                .allow("council@GBR", 200).allow("council@FRA", 409).run();
        write("amend the mandate", f.base() + "/mandate/amendments", Map.of("classification", "EXPANSION",
                        "mandate", Map.of("objectives", List.of("enforce the arms embargo", "enforce the no-fly zone",
                                "protect civilians"), "area", "Libya", "expiresOn", "2031-09-27"),
                        "decision", OF_CONSEQUENCE.get("decision")), f)
                .allow("council@GBR", 201).allow("council@FRA", 409).run();
        write("define a milestone", f.base() + "/milestones", Map.of("name", "Drawdown",
                        "criteria", List.of("handover complete"), "targetDate", "2031-01-01"), f)
                .allow("council@GBR", 201).allow("council@FRA", 409).run();
        write("record a milestone slipped", f.base() + "/milestones/" + f.milestoneId() + "/slippage",
                Map.of("newTargetDate", "2030-10-01", "reason", "forces not ready"), f)
                .allow("council@GBR", 200).allow("council@FRA", 409).run();
        write("record a milestone achieved", f.base() + "/milestones/" + f.milestoneId() + "/achievement", Map.of(), f)
                .allow("council@GBR", 200).allow("council@FRA", 409).run();
        write("dissolve the coalition", f.base() + "/dissolution", OF_CONSEQUENCE, f)
                .allow("council@GBR", 200).allow("council@FRA", 409).run();
    }

    @Test
    void aNationsOwnPlannerRecordsItsPledgesDeliveriesAndDomesticSupport() {
        Fixture f = fixture();
        String pledge = f.base() + "/pledges/" + f.pledgeId();
        write("make a pledge for GBR", f.base() + "/pledges", pledge(OWN, "FUNDING", 5, "EUR", "2030-01-01"), f)
                .allow("planner@GBR", 201).run();
        write("record a delivery of a GBR pledge", pledge + "/deliveries",
                Map.of("amount", Map.of("value", 5, "unit", "personnel")), f)
                .allow("planner@GBR", 201).run();
        write("revise a GBR pledge", pledge + "/revisions",
                Map.of("amount", Map.of("value", 120, "unit", "personnel"), "dueDate", "2030-06-01"), f)
                .allow("planner@GBR", 201).run();
        write("correct a GBR pledge's entry", pledge + "/corrections", Map.of("entryId", f.pledgeId(),
                        "amount", Map.of("value", 110, "unit", "personnel"), "dueDate", "2030-01-01", "reason", "typo"), f)
                .allow("planner@GBR", 200).run();
        write("correct a delivery of a GBR pledge", pledge + "/deliveries/" + f.deliveryId() + "/corrections",
                Map.of("amount", Map.of("value", 12, "unit", "personnel"), "reason", "miscounted"), f)
                .allow("planner@GBR", 200).run();
        write("withdraw a GBR pledge", pledge + "/withdrawal", Map.of(), f)
                .allow("planner@GBR", 200).run();
        write("record GBR's domestic support", f.base() + "/members/GBR/domestic-support",
                Map.of("supportPercent", 55, "source", "YouGov"), f)
                .allow("planner@GBR", 201).run();
    }

    @Test
    void everyRoleReadsStateAndEveryRoleButObserverReadsHistoriesAndPastViews() {
        Fixture f = fixture();
        Personas personas = matrix.personas(f.coalitionId());
        String[] everyRole = {"planner", "coalition-authority", "founder", "commander", "red-card-holder", "auditor",
                "observer"};
        String[] notObserver = {"planner", "coalition-authority", "founder", "commander", "red-card-holder",
                "auditor"};
        for (String state : List.of("/coalitions", f.base(), f.base() + "/members", f.base() + "/partners",
                f.base() + "/pledges", f.base() + "/pledges/" + f.pledgeId(), f.base() + "/burden-sharing",
                f.base() + "/credibility", f.base() + "/milestones", f.base() + "/members/GBR/domestic-support",
                "/reference/nations", "/reference/vocabulary")) {
            matrix.call("read " + state, HttpMethod.GET, state, null, personas).allowRoles(200, everyRole).run();
        }
        for (String past : List.of(f.base() + "/history", f.base() + "/mandate/history",
                "/verification/" + f.coalitionId(),
                f.base() + "?asOf=2030-01-01T00:00:00Z", f.base() + "/pledges?knownAt=" + java.time.Instant.now(),
                f.base() + "/members?asOf=2030-01-01T00:00:00Z")) {
            matrix.call("read " + past, HttpMethod.GET, past, null, personas).allowRoles(200, notObserver).run();
        }
        // the platform's inbox: membership reacts to no topic, but an operator sees the same (empty) inbox here
        matrix.call("GET /inbox", HttpMethod.GET, "/inbox", null, personas).allowRoles(200, notObserver).run();
        matrix.call("POST /inbox/dead-letters/{eventId}/redrive", HttpMethod.POST,
                "/inbox/dead-letters/no-such-event/redrive", null, personas).run(); // operators only: no persona here
    }
}
