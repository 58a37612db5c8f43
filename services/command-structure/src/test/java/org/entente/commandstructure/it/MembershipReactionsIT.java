package org.entente.commandstructure.it;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.entente.contracts.EventEnvelope;
import org.entente.contracts.Topics;
import org.entente.contracts.membership.v1.CoalitionDissolved;
import org.entente.contracts.membership.v1.MemberAdmitted;
import org.entente.contracts.membership.v1.MemberSuspended;
import org.entente.contracts.membership.v1.MemberWithdrawn;
import org.entente.platform.decision.DecisionMetadata;
import org.entente.platform.roster.Standing;
import org.entente.testing.ConsumerColumns;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.entente.commandstructure.it.Api.items;
import static org.entente.commandstructure.it.Api.placement;
import static org.entente.commandstructure.it.Api.tasking;
import static org.entente.commandstructure.it.OperationLifecycleIT.assertRule;

/**
 * The cascades from the membership topic, driven by envelopes published there as the membership service would: a
 * withdrawn or suspended nation's forces return to national command in every open operation of the coalition, and a
 * dissolved coalition's operations close. Redelivered events change nothing.
 */
class MembershipReactionsIT extends CommandStructureIntegrationTest {

    @Autowired
    EventStore eventStore;
    @Autowired
    MeterRegistry meters;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theRosterAndTheInboxHoldWhatTheContractsAllow() {
        // this service's own tables are fed by its own events, not by another service's topic
        new ConsumerColumns(jdbc).platformTables().verifyWithPlatformTables();
    }

    @Test
    void aWithdrawnNationsForcesReturnInEveryOpenOperationOnceEvenIfTheWithdrawalIsRedelivered() {
        String coalitionId = coalition(null, "GBR", "NLD", "DNK");
        Api gbr = new Api(http, "j.smith", "GBR").player(coalitionId);
        Api nld = gbr.as("j.devries", "NLD");
        String first = gbr.establish(coalitionId, "Ocean Shield", "NLD");
        String second = gbr.establish(coalitionId, "Atalanta support", "GBR");
        String firstTop = gbr.headquarters(first, "Strategic", "STRATEGIC", null, "GBR", null);
        String secondTop = gbr.headquarters(second, "Strategic", "STRATEGIC", null, "GBR", null);
        nld.ok(nld.post("/operations/" + first + "/forces", placement("NLD-F802", "NLD", firstTop, "OPCON", null, null)));
        nld.ok(nld.post("/operations/" + first + "/forces", placement("NLD-P840", "NLD", firstTop, "TACOM", null, null)));
        nld.ok(nld.post("/operations/" + second + "/forces", placement("NLD-F803", "NLD", secondTop, "OPCON", null,
                null)));
        Api dnk = gbr.as("l.hansen", "DNK");
        dnk.ok(dnk.post("/operations/" + first + "/forces", placement("DNK-F361", "DNK", firstTop, "OPCON", null,
                null)));
        String patrol = (String) gbr.ok(gbr.post("/operations/" + first + "/taskings",
                tasking(firstTop, "NLD-F802", "PATROL", null))).get("taskingId");
        long firstVersion = OperationLifecycleIT.version(gbr, "/operations/" + first);

        EventEnvelope withdrawal = publishMembership(coalitionId, new MemberWithdrawn(coalitionId, "NLD"), null);
        await(() -> "RETURNED_TO_NATIONAL_COMMAND".equals(gbr.ok(gbr.get("/operations/" + second
                + "/forces/NLD-F803")).get("status")), "NLD's forces returned in the second operation");
        await(() -> gbr.ok(gbr.get("/operations/" + first)).get("leadNation") == null, "NLD's lead vacated");

        assertThat(items(gbr.ok(gbr.get("/operations/" + first + "/forces")))).extracting(f -> f.get("forceId"),
                f -> f.get("status")).containsExactly(tuple("NLD-F802", "RETURNED_TO_NATIONAL_COMMAND"),
                tuple("NLD-P840", "RETURNED_TO_NATIONAL_COMMAND"), tuple("DNK-F361", "UNDER_COALITION_AUTHORITY"));
        assertThat(gbr.ok(gbr.get("/operations/" + first + "/taskings/" + patrol)))
                .containsEntry("status", "ENDED").containsEntry("endCause", "RETURNED_TO_NATIONAL_COMMAND");
        List<DomainEventMessage<?>> reaction = eventsAfter(first, firstVersion);
        assertThat(reaction).extracting(e -> e.getPayloadType().getSimpleName()).containsExactly(
                "ForceReturnedToNationalCommand", "TaskingEnded", "ForceReturnedToNationalCommand",
                "LeadNationVacated");
        assertThat(reaction).allSatisfy(event -> {
            assertThat(event.getMetaData().get(DecisionMetadata.CAUSATION_ID)).isEqualTo(withdrawal.id());
            assertThat(event.getMetaData().get(DecisionMetadata.CORRELATION_ID)).isEqualTo(withdrawal.correlationId());
            assertThat(event.getMetaData().get(DecisionMetadata.ACTOR)).isEqualTo("service:command-structure");
            assertThat(event.getMetaData().get(DecisionMetadata.EFFECTIVE_TIME))
                    .isEqualTo(withdrawal.effectiveTime().toString());
        });
        assertThat(reaction.get(0).getPayload().toString()).contains("MEMBER_WITHDRAWN");

        // the relay sends again what it may have sent before: nothing changes
        long secondVersion = OperationLifecycleIT.version(gbr, "/operations/" + second);
        double duplicatesBefore = duplicates();
        membershipTopic().send(Topics.MEMBERSHIP_V1, withdrawal);
        String marker = markerAfterRedelivery(coalitionId);
        await(() -> roster.standing(coalitionId, marker) == Standing.ACTIVE_MEMBER, "marker admitted");
        assertThat(OperationLifecycleIT.version(gbr, "/operations/" + second)).isEqualTo(secondVersion);
        assertThat(duplicates()).as("the inbox recognised the redelivery").isGreaterThan(duplicatesBefore);
        assertThat(OperationLifecycleIT.version(gbr, "/operations/" + first))
                .isEqualTo(firstVersion + reaction.size());

        // the withdrawn nation can no longer place forces; the others carry on
        assertRule(nld.post("/operations/" + first + "/forces", placement("NLD-F802", "NLD", firstTop, "OPCON", null,
                null)), "only-active-members-place-forces");
        gbr.ok(gbr.post("/operations/" + first + "/lead-nation", Map.of("nation", "GBR")));
    }

    @Test
    void aSuspendedNationsForcesReturnAndANationWithoutForcesChangesNothing() {
        String coalitionId = coalition(null, "USA", "TUR", "GRC");
        Api usa = new Api(http, "a.jones", "USA").player(coalitionId);
        String operationId = usa.establish(coalitionId, "Sea Guardian", "USA");
        String top = usa.headquarters(operationId, "Strategic", "STRATEGIC", null, "USA", null);
        Api tur = usa.as("a.yilmaz", "TUR");
        tur.ok(tur.post("/operations/" + operationId + "/forces", placement("TUR-F247", "TUR", top, "TACON", null,
                null)));
        long version = OperationLifecycleIT.version(usa, "/operations/" + operationId);

        publishMembership(coalitionId, new MemberSuspended(coalitionId, "GRC"), null);
        publishMembership(coalitionId, new MemberSuspended(coalitionId, "TUR"), null);
        await(() -> "RETURNED_TO_NATIONAL_COMMAND".equals(usa.ok(usa.get("/operations/" + operationId
                + "/forces/TUR-F247")).get("status")), "TUR's force returned");
        assertThat(OperationLifecycleIT.version(usa, "/operations/" + operationId))
                .as("GRC had nothing to return; TUR one force").isEqualTo(version + 1);
        assertThat(items(usa.ok(usa.get("/operations/" + operationId + "/history?size=100"))))
                .last().satisfies(entry -> assertThat(entry.get("payload").toString()).contains("MEMBER_SUSPENDED"));
    }

    @Test
    void aDissolvedCoalitionsOpenOperationsCloseAfterReturningEveryForce() {
        String coalitionId = coalition("exercise-trident", "ESP", "PRT");
        Api esp = new Api(http, "m.garcia", "ESP", "exercise-trident").player(coalitionId);
        String open = esp.establish(coalitionId, "Trident Juncture", "ESP");
        String concluded = esp.establish(coalitionId, "Trident Jaguar", "ESP");
        esp.ok(esp.post("/operations/" + concluded + "/closure", Map.of()));
        String top = esp.headquarters(open, "Strategic", "STRATEGIC", null, "ESP", null);
        Api prt = esp.as("j.silva", "PRT");
        prt.ok(prt.post("/operations/" + open + "/forces", placement("PRT-F333", "PRT", top, "OPCON", null, null)));
        long concludedVersion = OperationLifecycleIT.version(esp, "/operations/" + concluded);

        EventEnvelope dissolution = publishMembership(coalitionId, new CoalitionDissolved(coalitionId),
                "exercise-trident");
        await(() -> "CLOSED".equals(esp.ok(esp.get("/operations/" + open)).get("status")), "operation closed");

        Map<String, Object> closed = esp.ok(esp.get("/operations/" + open));
        assertThat(closed).containsEntry("closureCause", "COALITION_DISSOLVED")
                .containsEntry("forcesUnderCoalitionAuthority", 0);
        assertThat(esp.ok(esp.get("/operations/" + open + "/forces/PRT-F333")))
                .containsEntry("status", "RETURNED_TO_NATIONAL_COMMAND");
        List<Map<String, Object>> history = items(esp.ok(esp.get("/operations/" + open + "/history?size=100")));
        assertThat(history.subList(history.size() - 2, history.size())).extracting(h -> h.get("type"),
                h -> h.get("causationId"), h -> h.get("exerciseId")).containsExactly(
                tuple("ForceReturnedToNationalCommand", dissolution.id(), "exercise-trident"),
                tuple("OperationClosed", dissolution.id(), "exercise-trident"));
        assertThat(OperationLifecycleIT.version(esp, "/operations/" + concluded))
                .as("an operation already closed is left alone").isEqualTo(concludedVersion);
        assertRule(esp.post("/operations", Map.of("coalitionId", coalitionId, "name", "After the end")),
                "dissolved-coalitions-are-closed");
        assertRule(esp.post("/operations/" + open + "/lead-nation", Map.of("nation", "PRT")),
                "closed-operations-stay-closed");
    }

    /** Admits a new nation after a redelivered event; once the roster has it, the redelivery was processed too. */
    private String markerAfterRedelivery(String coalitionId) {
        publishMembership(coalitionId, new MemberAdmitted(coalitionId, "ISL"), null);
        return "ISL";
    }

    private double duplicates() {
        Counter counter = meters.find("entente.inbox.events").tag("topic", Topics.MEMBERSHIP_V1)
                .tag("outcome", "duplicate").counter();
        return counter == null ? 0 : counter.count();
    }

    private List<DomainEventMessage<?>> eventsAfter(String operationId, long version) {
        return eventStore.readEvents(operationId, 0).asStream().filter(e -> e.getSequenceNumber() > version)
                .<DomainEventMessage<?>>map(e -> e).toList();
    }
}
