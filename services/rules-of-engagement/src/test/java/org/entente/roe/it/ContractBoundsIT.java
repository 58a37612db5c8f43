package org.entente.roe.it;

import org.entente.contracts.Bounds;
import org.entente.contracts.EventEnvelope;
import org.entente.contracts.Topics;
import org.entente.contracts.basing.v1.BasingAgreementAdvanced;
import org.entente.contracts.commandstructure.v1.ForcePlacedUnderAuthority;
import org.entente.contracts.commandstructure.v1.ForceRecalled;
import org.entente.contracts.commandstructure.v1.OperationClosed;
import org.entente.contracts.commandstructure.v1.OperationEstablished;
import org.entente.contracts.membership.v1.CoalitionFormed;
import org.entente.contracts.membership.v1.MemberAdmitted;
import org.entente.infra.issuer.TokenRequest;
import org.entente.testing.ConsumerColumns;
import org.entente.testing.TestTokens;
import org.entente.testing.TestInfrastructure;
import org.entente.testing.TopicReader;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.testing.Eventually.await;

/**
 * What the other services may publish, this one stores: its columns hold every contract bound, the longest value the
 * contract allows is applied, and a value beyond it (planted on the topic, as no publishing service would accept it)
 * is dead-lettered with the reason while the partition moves on.
 */
class ContractBoundsIT extends RoeIntegrationTest {

    @Autowired
    JdbcTemplate jdbc;

    private final Upstream upstream = new Upstream();

    @Test
    void everyColumnFedFromAnotherServiceHoldsWhatTheContractAllows() {
        new ConsumerColumns(jdbc)
                .stores("roe_operation.operation_id", OperationEstablished.class, "operationId")
                .stores("roe_operation.coalition_id", OperationEstablished.class, "coalitionId")
                .stores("roe_operation.name", OperationEstablished.class, "name")
                .stores("roe_operation.closed_cause", OperationClosed.class, "cause")
                .stores("roe_force.operation_id", ForcePlacedUnderAuthority.class, "operationId")
                .stores("roe_force.force_id", ForcePlacedUnderAuthority.class, "forceId")
                .stores("roe_force.coalition_id", ForcePlacedUnderAuthority.class, "coalitionId")
                .stores("roe_force.nation", ForcePlacedUnderAuthority.class, "nation")
                .stores("roe_force.force_type", ForcePlacedUnderAuthority.class, "forceType")
                .stores("roe_force.node_id", ForcePlacedUnderAuthority.class, "nodeId")
                .stores("roe_force.degree", ForcePlacedUnderAuthority.class, "degree")
                .storesJoined("roe_force.functions", ForcePlacedUnderAuthority.class, "functions")
                .stores("roe_force.area", ForcePlacedUnderAuthority.class, "area")
                .stores("roe_force.ended_cause", ForceRecalled.class, "reason")
                .own("roe_force.standing", "where the force stands, in this service's words")
                .stores("roe_operation_fact.operation_id", ForcePlacedUnderAuthority.class, "operationId")
                .stores("roe_operation_fact.coalition_id", OperationEstablished.class, "coalitionId")
                .stores("roe_operation_fact.name", OperationEstablished.class, "name")
                .stores("roe_operation_fact.cause", ForceRecalled.class, "reason")
                .stores("roe_operation_fact.cause", OperationClosed.class, "cause")
                .stores("roe_operation_fact.force_id", ForcePlacedUnderAuthority.class, "forceId")
                .stores("roe_operation_fact.nation", ForcePlacedUnderAuthority.class, "nation")
                .stores("roe_operation_fact.force_type", ForcePlacedUnderAuthority.class, "forceType")
                .stores("roe_operation_fact.node_id", ForcePlacedUnderAuthority.class, "nodeId")
                .stores("roe_operation_fact.degree", ForcePlacedUnderAuthority.class, "degree")
                .storesJoined("roe_operation_fact.functions", ForcePlacedUnderAuthority.class, "functions")
                .stores("roe_operation_fact.area", ForcePlacedUnderAuthority.class, "area")
                .own("roe_operation_fact.kind", "which kind of fact, in this service's words")
                .own("roe_operation_fact.standing", "where the force stands, in this service's words")
                .stores("roe_base.agreement_id", BasingAgreementAdvanced.class, "agreementId")
                .stores("roe_base.coalition_id", BasingAgreementAdvanced.class, "coalitionId")
                .stores("roe_base.host_nation", BasingAgreementAdvanced.class, "hostNation")
                .stores("roe_base.site", BasingAgreementAdvanced.class, "site")
                .stores("roe_base.status", BasingAgreementAdvanced.class, "status")
                .storesJoined("roe_base.permitted_activities", BasingAgreementAdvanced.class, "permittedActivities")
                .own("roe_base.last_event", "the name of the contract type that brought the view")
                .stores("roe_base_fact.agreement_id", BasingAgreementAdvanced.class, "agreementId")
                .stores("roe_base_fact.coalition_id", BasingAgreementAdvanced.class, "coalitionId")
                .stores("roe_base_fact.host_nation", BasingAgreementAdvanced.class, "hostNation")
                .stores("roe_base_fact.site", BasingAgreementAdvanced.class, "site")
                .stores("roe_base_fact.status", BasingAgreementAdvanced.class, "status")
                .storesJoined("roe_base_fact.permitted_activities", BasingAgreementAdvanced.class,
                        "permittedActivities")
                .own("roe_base_fact.last_event", "the name of the contract type that brought the view")
                .storesEnvelope("roe_operation_fact.event_id", Bounds.EVENT_ID)
                .storesEnvelope("roe_base_fact.event_id", Bounds.EVENT_ID)
                .storesEnvelope("roe_operation_fact.releasable_to", Bounds.NATIONS * (Bounds.NATION + 1))
                .storesEnvelope("roe_base_fact.releasable_to", Bounds.NATIONS * (Bounds.NATION + 1))
                .storesEnvelope("roe_operation_fact.actor_nation", Bounds.NATION)
                .storesEnvelope("roe_base_fact.actor_nation", Bounds.NATION)
                .platformTables()
                .verifyWithPlatformTables("roe_operation", "roe_force", "roe_operation_fact", "roe_base",
                        "roe_base_fact");
    }

    @Test
    void aRecallWithTheLongestReasonTheContractAllowsIsApplied() {
        String coalitionId = upstream.coalition(null, "GBR", "NOR");
        String operationId = upstream.operation(coalitionId, null);
        upstream.placeForce(operationId, coalitionId, "nor-f16-338", "NOR", "OPCON", null);
        String reason = "r".repeat(Bounds.TEXT);

        upstream.commandStructure(operationId, new ForceRecalled(operationId, coalitionId, "nor-f16-338", "NOR",
                reason), null);

        await("recalled", () -> reason.equals(endCause(operationId, "nor-f16-338")));
        assertThat(deadLetters(operationId)).isZero();
    }

    @Test
    void aValueBeyondTheContractPlantedOnTheTopicIsDeadLetteredAndThePartitionMovesOn() {
        String coalitionId = "coalition-" + UUID.randomUUID();
        // no membership service accepts a name of 301 characters, nor a NUL: planted straight on the topic
        EventEnvelope tooLong = upstream.membership(coalitionId, new CoalitionFormed(coalitionId, "n".repeat(301),
                "AD_HOC", "PEACE_ENFORCEMENT", null, "GBR", null, null), null);
        String nulCoalition = "coalition-" + UUID.randomUUID();
        EventEnvelope withNul = upstream.membership(nulCoalition, new CoalitionFormed(nulCoalition,
                "Unified\u0000Protector", "AD_HOC", "PEACE_ENFORCEMENT", null, "GBR", null, null), null);
        upstream.membership(coalitionId, new MemberAdmitted(coalitionId, "GBR"), null);
        String later = upstream.coalition(null, "FRA");

        await("the coalition formed afterwards is known", () -> rosterHas(later));
        await("the next event of the refused coalition is applied", () -> nationsOf(coalitionId) == 1);
        assertThat(rosterHas(coalitionId)).isFalse();
        List<String> reasons = TopicReader.rawRecords(bootstrapServers(), Topics.deadLetter("rules-of-engagement"),
                        coalitionId, 1, Duration.ofSeconds(60)).stream()
                .map(r -> new String(r.headers().lastHeader("entente_dead_letter_reason").value(),
                        StandardCharsets.UTF_8)).toList();
        assertThat(reasons).singleElement().asString().contains("SQL state 22001");
        assertThat(jdbc.queryForObject("SELECT reason FROM inbox_dead_letter WHERE event_id = ?", String.class,
                tooLong.id())).contains("the database refuses the data");
        if (TestInfrastructure.onPostgres()) {
            await("NUL refused by PostgreSQL, dead-lettered", () -> deadLetters(nulCoalition) == 1);
            assertThat(jdbc.queryForObject("SELECT reason FROM inbox_dead_letter WHERE event_id = ?", String.class,
                    withNul.id())).contains("SQL state 22021");
        } else {
            await("NUL stored by H2", () -> rosterHas(nulCoalition));
        }
    }

    @Test
    void anOperatorSeesTheDeadLetterAndRedrivesIt() {
        String coalitionId = "coalition-" + UUID.randomUUID();
        EventEnvelope tooLong = upstream.membership(coalitionId, new CoalitionFormed(coalitionId, "n".repeat(301),
                "AD_HOC", "PEACE_ENFORCEMENT", null, "GBR", null, null), null);
        await("dead-lettered", () -> deadLetters(coalitionId) == 1);
        String redrive = "/inbox/dead-letters/" + tooLong.id() + "/redrive";

        ResponseEntity<Map> inbox = as(OPERATOR, HttpMethod.GET, "/inbox");
        assertThat(inbox.getStatusCode().value()).isEqualTo(200);
        assertThat(inbox.getBody().toString()).contains(tooLong.id());
        assertThat(as(PLANNER, HttpMethod.POST, redrive).getStatusCode().value()).isEqualTo(403);
        assertThat(as(OPERATOR, HttpMethod.GET, "/coalitions/" + coalitionId + "/caveats").getStatusCode().value())
                .as("an operator reads no coalition records").isEqualTo(403);

        ResponseEntity<Map> again = as(OPERATOR, HttpMethod.POST, redrive);
        assertThat(again.getStatusCode().value()).isEqualTo(409);
        assertThat(again.getBody()).containsEntry("rule", "redrive-failed");
        assertThat((String) again.getBody().get("detail")).contains("SQL state 22001");
        assertThat(rosterHas(coalitionId)).isFalse();

        // the operator widens nothing here; a redrive of a fixed cause is the platform's InboxIT. Unknown: 404.
        assertThat(as(OPERATOR, HttpMethod.POST, "/inbox/dead-letters/no-such-event/redrive").getStatusCode().value())
                .isEqualTo(404);
    }

    @Test
    void aDeadLetterIsListedOnlyToWhomItsEventWasReleasedAndToOperators() {
        String operationId = "op-" + UUID.randomUUID();
        // a placement that lacks its force, released to France only: poison, dead-lettered
        EventEnvelope hidden = upstream.commandStructure(operationId, new ForcePlacedUnderAuthority(operationId,
                "coalition-x", null, "FRA", null, 1, null, "OPCON", List.of(), null, null, null), null, List.of("FRA"));
        await("dead-lettered", () -> deadLetters(operationId) == 1);

        assertThat(as(TokenRequest.of("p.fra", "FRA", "planner"), HttpMethod.GET, "/inbox").getBody().toString())
                .as("the nation it was released to").contains(hidden.id());
        assertThat(as(OPERATOR, HttpMethod.GET, "/inbox").getBody().toString()).contains(hidden.id());
        assertThat(as(TokenRequest.of("p.nor", "NOR", "planner"), HttpMethod.GET, "/inbox").getBody().toString())
                .as("a nation it was not released to learns nothing of it").doesNotContain(hidden.id())
                .doesNotContain(operationId);
    }

    private static final TokenRequest OPERATOR = TokenRequest.of("o.ops", "GBR", "operator");
    private static final TokenRequest PLANNER = TokenRequest.of("p.lanner", "GBR", "planner");

    @SuppressWarnings("rawtypes")
    private ResponseEntity<Map> as(TokenRequest who, HttpMethod method, String path) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(TestTokens.token(who));
        return http.exchange(path, method, new HttpEntity<>(headers), Map.class);
    }

    private String endCause(String operationId, String forceId) {
        List<String> causes = jdbc.queryForList("SELECT ended_cause FROM roe_force WHERE operation_id = ? AND "
                + "force_id = ?", String.class, operationId, forceId);
        return causes.isEmpty() ? null : causes.get(0);
    }

    private boolean rosterHas(String coalitionId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM roster_coalition WHERE coalition_id = ?", Long.class,
                coalitionId) == 1;
    }

    private long nationsOf(String coalitionId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM roster_nation WHERE coalition_id = ?", Long.class,
                coalitionId);
    }

    private long deadLetters(String subject) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM inbox_dead_letter WHERE subject = ?", Long.class, subject);
    }
}
