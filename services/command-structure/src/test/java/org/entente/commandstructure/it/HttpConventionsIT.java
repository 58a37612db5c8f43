package org.entente.commandstructure.it;

import org.axonframework.common.caching.Cache;
import org.entente.platform.decision.Roles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.commandstructure.it.Api.placement;
import static org.entente.commandstructure.it.Api.tasking;
import static org.entente.commandstructure.it.OperationLifecycleIT.assertNotPermitted;
import static org.entente.commandstructure.it.OperationLifecycleIT.assertRule;
import static org.entente.commandstructure.it.OperationLifecycleIT.version;

/** Idempotency keys, versions as ETags and If-Match, and an operation read back from its snapshot. */
class HttpConventionsIT extends CommandStructureIntegrationTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    @Qualifier("aggregateCache")
    Cache aggregateCache;

    @Test
    void aRetriedPlacementRecordsOnceAndAStaleIfMatchIsRefused() {
        String coalitionId = coalition(null, "DEU", "NLD");
        Api deu = new Api(http, "k.schmidt", "DEU").player(coalitionId);
        String operationId = deu.establish(coalitionId, "Resolute Support", "DEU");
        String base = "/operations/" + operationId;
        String top = deu.headquarters(operationId, "Strategic", "STRATEGIC", null, "DEU", null);

        HttpHeaders retried = deu.headers();
        retried.set("Idempotency-Key", "toa-deu-tornado-1");
        ResponseEntity<Map<String, Object>> first = deu.post(base + "/forces",
                placement("DEU-TORNADO", "DEU", top, "OPCON", null, null), retried);
        ResponseEntity<Map<String, Object>> again = deu.post(base + "/forces",
                placement("DEU-TORNADO", "DEU", top, "OPCON", null, null), retried);
        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(again.getBody()).isEqualTo(first.getBody());
        assertThat(again.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
        assertThat(version(deu, base)).isEqualTo(3);

        HttpHeaders stale = deu.headers();
        stale.setIfMatch("\"2\"");
        ResponseEntity<Map<String, Object>> refused = deu.post(base + "/lead-nation", Map.of("nation", "NLD"), stale);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(refused.getBody()).containsEntry("currentVersion", 3);
        HttpHeaders current = deu.headers();
        current.setIfMatch(deu.get(base).getHeaders().getETag());
        assertThat(deu.post(base + "/lead-nation", Map.of("nation", "NLD"), current).getHeaders().getETag())
                .isEqualTo("\"4\"");
    }

    @Test
    void afterASnapshotAndACacheMissTheOperationStillKnowsItsState() {
        String coalitionId = coalition(null, "GBR", "FRA", "NOR");
        Api gbr = new Api(http, "j.smith", "GBR").player(coalitionId);
        Api fra = gbr.as("c.martin", "FRA");
        Api maritimeCommander = new Api(http, "adm.bleu", "FRA").withRoles(Roles.COMMANDER, coalitionId);
        String operationId = gbr.establish(coalitionId, "Ellamy", "GBR");
        String base = "/operations/" + operationId;
        String top = gbr.headquarters(operationId, "Strategic", "STRATEGIC", null, "GBR", null);
        String air = gbr.headquarters(operationId, "Air", "COMPONENT", "AIR", "GBR", top);
        String maritime = gbr.headquarters(operationId, "Maritime", "COMPONENT", "MARITIME", "FRA", top);
        fra.ok(fra.post(base + "/red-card-policies", Map.of("nation", "FRA", "holder", "adm.rouge",
                "taskingKinds", List.of("STRIKE"))));
        for (String force : List.of("FRA-1", "FRA-2", "FRA-3")) {
            fra.ok(fra.post(base + "/forces", placement(force, "FRA", air, "OPCON",
                    Map.of("functions", List.of("STRIKE", "NO_FLY_ZONE")), null)));
        }
        String strike = (String) gbr.ok(gbr.post(base + "/taskings", tasking(air, "FRA-1", "STRIKE", null)))
                .get("taskingId");
        gbr.ok(gbr.post(base + "/taskings", tasking(air, "FRA-2", "PATROL", "NO_FLY_ZONE")));
        Integer snapshots = jdbc.queryForObject("SELECT COUNT(*) FROM snapshot_event_entry WHERE "
                + "aggregate_identifier = ?", Integer.class, operationId);
        assertThat(snapshots).as("a snapshot after 10 events").isPositive();

        aggregateCache.removeAll();

        assertRule(maritimeCommander.post(base + "/taskings", tasking(maritime, "FRA-3", "PATROL", "NO_FLY_ZONE")),
                "the-commander-holds-authority-over-the-force");
        assertRule(gbr.post(base + "/taskings", tasking(air, "FRA-3", "PATROL", "ARMS_EMBARGO")),
                "the-tasking-is-within-the-functions");
        assertNotPermitted(new Api(http, "adm.autre", "FRA").withRoles(Roles.RED_CARD_HOLDER)
                .post(base + "/taskings/" + strike + "/approval", Map.of()), "only-the-red-card-holder-decides");
        Api holder = gbr.as("adm.rouge", "FRA").withRoles(Roles.RED_CARD_HOLDER);
        // a veto is a decision of consequence: without why and on whose authority it is refused, nothing recorded
        ResponseEntity<Map<String, Object>> bareVeto = holder.post(base + "/taskings/" + strike + "/veto",
                Map.of("reason", "too close to the city"));
        holder.invalid(bareVeto, "decision.rationale");
        holder.invalid(bareVeto, "decision.authority");
        assertThat(gbr.ok(gbr.get(base + "/taskings/" + strike))).containsEntry("status", "PENDING_APPROVAL");
        holder.ok(holder.post(base + "/taskings/" + strike + "/veto", Map.of("reason", "too close to the city",
                "decision", Api.decision("collateral damage estimate too high", "CEMA directive 12", null))));
        assertNotPermitted(gbr.post(base + "/forces/FRA-3/recall", Map.of("reason", "x")), "own-nation-only");
        assertRule(gbr.post(base + "/lead-nation", Map.of("nation", "GBR")), "a-new-lead-nation-differs");
        assertThat(gbr.ok(gbr.get(base + "/taskings/" + strike))).containsEntry("status", "VETOED")
                .containsEntry("vetoReason", "too close to the city").containsEntry("decidedBy", "adm.rouge");
    }
}
