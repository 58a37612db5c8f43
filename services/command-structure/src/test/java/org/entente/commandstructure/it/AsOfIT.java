package org.entente.commandstructure.it;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.commandstructure.it.Api.decision;
import static org.entente.commandstructure.it.Api.placement;

/**
 * Who commanded which force at any past instant, read from the event store: as it was true then (asOf), according to
 * what had been recorded by then (knownAt) — a backdated transfer of authority changes the first and not the second.
 */
class AsOfIT extends CommandStructureIntegrationTest {

    @Test
    void whoCommandedAForceAtAPastInstantIncludingABackdatedTransfer() {
        String coalitionId = coalition(null, "USA", "GBR", "FRA");
        Api usa = new Api(http, "a.jones", "USA").player(coalitionId);
        Api fra = usa.as("c.martin", "FRA");
        String operationId = usa.establish(coalitionId, "Unified Protector", "USA");
        String base = "/operations/" + operationId;
        String top = usa.headquarters(operationId, "Strategic", "STRATEGIC", null, "USA", null);
        String maritime = usa.headquarters(operationId, "Maritime", "COMPONENT", "MARITIME", "GBR", top);
        String air = usa.headquarters(operationId, "Air", "COMPONENT", "AIR", "USA", top);

        Instant headquartersUp = Instant.now();
        fra.ok(fra.post(base + "/forces", placement("FRA-R91", "FRA", maritime, "TACON", null, null)));
        Instant firstPlaced = Instant.now();
        Map<String, Object> chainThen = usa.ok(usa.get(base + "/forces/FRA-R91/chain-of-command"));
        assertThat(commanders(chainThen)).containsExactly("GBR", "USA");

        // entered now, true since just after the first placement: the carrier had moved to the air component
        Instant backdated = firstPlaced.plusMillis(1);
        fra.ok(fra.post(base + "/forces", placement("FRA-R91", "FRA", air, "OPCON", null,
                decision("late entry: the transfer happened at sea", "CEMA order", backdated.toString()))));

        Map<String, Object> now = usa.ok(usa.get(base + "/forces/FRA-R91/chain-of-command"));
        assertThat(now).containsEntry("degree", "OPCON");
        assertThat(nodes(now)).containsExactly(air, top);
        Map<String, Object> atBackdate = usa.ok(usa.get(base + "/forces/FRA-R91/chain-of-command?asOf="
                + backdated.plusMillis(1)));
        assertThat(nodes(atBackdate)).as("as known now, the air component held it already").containsExactly(air, top);
        Map<String, Object> asKnownBefore = usa.ok(usa.get(base + "/forces/FRA-R91/chain-of-command?asOf="
                + backdated.plusMillis(1) + "&knownAt=" + firstPlaced));
        assertThat(asKnownBefore).as("as it was known before the late entry").isEqualTo(chainThen);
        assertThat(usa.get(base + "/forces/FRA-R91/chain-of-command?asOf=" + headquartersUp).getStatusCode().value())
                .as("before its first placement the force was no concern of the operation").isEqualTo(404);
        assertThat(usa.get(base + "/forces/FRA-R91/chain-of-command?asOf=2011-01-01T00:00:00Z")
                .getStatusCode().value()).as("nor before the operation existed").isEqualTo(404);
    }

    @Test
    void theForceRemembersEveryPeriodOfCoalitionAuthority() {
        String coalitionId = coalition(null, "NOR", "DNK");
        Api nor = new Api(http, "n.larsen", "NOR").player(coalitionId);
        // entered afterwards, as it was: established on 20 March, headquarters up on 21 March
        String operationId = (String) nor.ok(nor.post("/operations", Map.of("coalitionId", coalitionId,
                "name", "Northern Watch", "decision", decision(null, null, "2011-03-20T00:00:00Z")))).get("operationId");
        String base = "/operations/" + operationId;
        String top = (String) nor.ok(nor.post(base + "/headquarters", Map.of("name", "Strategic",
                "level", "STRATEGIC", "commanderNation", "NOR",
                "decision", decision(null, null, "2011-03-21T00:00:00Z")))).get("nodeId");
        nor.ok(nor.post(base + "/forces", placement("NOR-F16", "NOR", top, "OPCON", null,
                decision(null, null, "2011-03-24T00:00:00Z"))));
        nor.ok(nor.post(base + "/forces/NOR-F16/recall", Map.of("reason", "national exercise",
                "decision", decision(null, null, "2011-06-01T00:00:00Z"))));

        Map<String, Object> force = nor.ok(nor.get(base + "/forces/NOR-F16"));
        assertThat(force).containsEntry("status", "RECALLED");
        assertThat(Api.list(force, "authorityHistory")).singleElement().satisfies(period -> {
            assertThat(period).containsEntry("commanderNation", "NOR").containsEntry("degree", "OPCON")
                    .containsEntry("began", "2011-03-24T00:00:00Z").containsEntry("ended", "2011-06-01T00:00:00Z")
                    .containsEntry("endedBy", "RECALLED");
        });
        assertThat(nor.ok(nor.get(base + "/forces/NOR-F16?asOf=2011-05-01T00:00:00Z")))
                .containsEntry("status", "UNDER_COALITION_AUTHORITY");
        assertThat(nor.get(base + "/forces/NOR-F16?asOf=2011-03-22T00:00:00Z").getStatusCode().value())
                .as("not yet placed then").isEqualTo(404);
        assertThat(nor.get(base + "/forces/NOR-F16?asOf=2011-03-01T00:00:00Z").getStatusCode().value())
                .as("no operation yet").isEqualTo(404);
        assertThat(Api.items(nor.ok(nor.get(base + "/forces?asOf=2011-05-01T00:00:00Z&degree=OPCON"))))
                .extracting(f -> f.get("forceId")).containsExactly("NOR-F16");
    }

    @SuppressWarnings("unchecked")
    private static List<String> commanders(Map<String, Object> chain) {
        return ((List<Map<String, Object>>) chain.get("chain")).stream()
                .map(link -> (String) link.get("commanderNation")).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<String> nodes(Map<String, Object> chain) {
        return ((List<Map<String, Object>>) chain.get("chain")).stream().map(link -> (String) link.get("nodeId"))
                .toList();
    }
}
