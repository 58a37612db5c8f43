package org.entente.endtoend;

import org.entente.contracts.EventEnvelope;
import org.entente.contracts.Topics;
import org.entente.testing.ServiceProcess;
import org.entente.testing.TestInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The four services as the local stack runs them — packaged jars, each in its own JVM with its own event store — and
 * the real broker. A member withdraws; within a bounded wait the three other services have each recorded their
 * reaction, with the withdrawal as its cause. Prints how long the cascade took (rounds: -Dcascade.rounds, default 3).
 */
class WithdrawalCascadeIT {

    private static final Duration BOUND = Duration.ofSeconds(60);
    private static final Path SERVICES = Path.of("..", "..", "services");

    private static final List<ServiceProcess> running = new ArrayList<>();
    private static Http membership;
    private static Http commandStructure;
    private static Http basing;
    private static Http roe;
    private static TopicWatch topics;

    @BeforeAll
    static void startTheStack() {
        String bootstrap = TestInfrastructure.sharedBroker().bootstrapServers();
        String run = ServiceProcess.runId();
        Path work = Path.of("target", "it-data", "stack-" + run);
        // one database is enough: on PostgreSQL each service keeps its own schema in it
        membership = new Http(start("membership", "MEMBERSHIP_PORT", bootstrap, work, run));
        commandStructure = new Http(start("command-structure", "COMMAND_STRUCTURE_PORT", bootstrap, work, run));
        basing = new Http(start("basing-logistics", "BASING_LOGISTICS_PORT", bootstrap, work, run));
        roe = new Http(start("rules-of-engagement", "RULES_OF_ENGAGEMENT_PORT", bootstrap, work, run));
        topics = new TopicWatch(bootstrap, List.of(Topics.MEMBERSHIP_V1, Topics.COMMAND_STRUCTURE_V1,
                Topics.BASING_LOGISTICS_V1, Topics.RULES_OF_ENGAGEMENT_V1));
    }

    private static String start(String name, String portVariable, String bootstrap, Path work, String run) {
        ServiceProcess service = ServiceProcess.start(name,
                SERVICES.resolve(name).resolve("target").resolve(name + "-service.jar"), portVariable, bootstrap,
                work, "it_" + run + "_" + name.replace('-', '_'));
        running.add(service);
        return service.baseUrl();
    }

    @AfterAll
    static void stopTheStack() throws InterruptedException {
        if (topics != null) {
            topics.close();
        }
        running.forEach(ServiceProcess::close);
    }

    @Test
    void aWithdrawalCascadesToTheThreeOtherServicesEachCausedByIt() {
        int rounds = Integer.getInteger("cascade.rounds", 3);
        List<Long> observed = new ArrayList<>();
        List<Long> recorded = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            Cascade cascade = withdrawAfterSettingUp("Unified Protector " + round);
            observed.add(cascade.observedMillis());
            recorded.add(cascade.recordedMillis());
            System.out.printf("withdrawal cascade round %d: all three reactions on their topics %d ms after the "
                            + "withdrawal was accepted; last reaction recorded %d ms after the withdrawal%n",
                    round, cascade.observedMillis(), cascade.recordedMillis());
        }
        System.out.printf("withdrawal cascade over %d rounds: observed median %d ms, max %d ms; recorded (store to "
                        + "store) median %d ms, max %d ms%n", rounds, median(observed),
                observed.stream().max(Comparator.naturalOrder()).orElseThrow(), median(recorded),
                recorded.stream().max(Comparator.naturalOrder()).orElseThrow());
    }

    record Cascade(long observedMillis, long recordedMillis) {
    }

    private Cascade withdrawAfterSettingUp(String name) {
        String coalitionId = membership.post("/coalitions", Map.of(
                "name", name, "kind", "AD_HOC", "purpose", "PEACE_ENFORCEMENT",
                "legalBasis", Map.of("type", "UN_SECURITY_COUNCIL_RESOLUTION", "reference", "S/RES/1973 (2011)",
                        "adoptedOn", "2011-03-17"),
                "leadNation", "FRA",
                "mandate", Map.of("objectives", List.of("enforce the arms embargo", "protect civilians"),
                        "area", "Libya", "expiresOn", "2011-09-27"),
                "foundingMembers", List.of("FRA", "NOR", "ITA")), "council.secretary", "FRA").ok().string("coalitionId");

        // The others learn of the coalition from the membership topic: until then they answer 404/409.
        String operationId = eventually(() -> commandStructure.post("/operations",
                Map.of("coalitionId", coalitionId, "name", name), "jfc.planner", "FRA")).string("operationId");
        String nodeId = commandStructure.post("/operations/" + operationId + "/headquarters",
                Map.of("name", "Joint Force Command", "level", "STRATEGIC", "commanderNation", "FRA"),
                "jfc.planner", "FRA").ok().string("nodeId");
        String forceId = "nor-f16-" + coalitionId.substring(0, 8);
        commandStructure.post("/operations/" + operationId + "/forces", Map.of("forceId", forceId, "nation", "NOR",
                "forceType", "fighter squadron", "size", 6, "nodeId", nodeId, "degree", "OPCON"),
                "nor.ministry", "NOR").ok();

        String agreementId = eventually(() -> basing.post("/agreements", Map.of("coalitionId", coalitionId,
                "hostNation", "NOR", "site", "Bodø Main Air Station",
                "permittedActivities", List.of("LOGISTICS", "AIR_REFUELLING"),
                "capacity", Map.of("personnel", 400, "aircraftParking", 12),
                "validFrom", "2011-03-20T00:00:00Z", "validUntil", "2011-12-31T00:00:00Z"),
                "basing.officer", "NOR")).string("agreementId");
        for (String stage : List.of("MOU_SIGNED", "TECHNICAL_ARRANGEMENT_SIGNED", "IN_FORCE")) {
            basing.post("/agreements/" + agreementId + "/stages", Map.of("stage", stage), "basing.officer", "NOR").ok();
        }

        String caveatId = eventually(() -> roe.post("/coalitions/" + coalitionId + "/caveats/NOR", Map.of(
                "category", "GEOGRAPHIC", "areas", List.of("Tripoli"),
                "description", "no operations over the capital"), "nor.ministry", "NOR")).string("caveatId");

        topics.await(of(Topics.COMMAND_STRUCTURE_V1, "ForcePlacedUnderAuthority", operationId), BOUND, "placement");

        long accepted = System.nanoTime();
        membership.post("/coalitions/" + coalitionId + "/members/NOR/withdrawal",
                Map.of("decision", Map.of("rationale", "parliament withdrew its consent",
                        "authority", "Storting decision 2011-06-10")), "council.secretary", "FRA").ok();

        EventEnvelope withdrawal = topics.await(of(Topics.MEMBERSHIP_V1, "MemberWithdrawn", coalitionId), BOUND,
                "the withdrawal").event();
        Predicate<EventEnvelope> causedByIt = e -> withdrawal.id().equals(e.causationId());
        TopicWatch.Seen forces = topics.await(of(Topics.COMMAND_STRUCTURE_V1, "ForceReturnedToNationalCommand",
                operationId).and(causedByIt), BOUND, "forces returned to national command");
        TopicWatch.Seen base = topics.await(of(Topics.BASING_LOGISTICS_V1, "BasingAgreementSuspended", agreementId)
                .and(causedByIt), BOUND, "basing agreement hosted by the withdrawing nation suspended");
        TopicWatch.Seen caveats = topics.await(e -> e.source().equals("/entente/rules-of-engagement")
                && e.type().endsWith(".CaveatArchived") && causedByIt.test(e), BOUND, "caveats archived");

        for (TopicWatch.Seen reaction : List.of(forces, base, caveats)) {
            EventEnvelope event = reaction.event();
            assertThat(event.correlationId()).as(event.type()).isEqualTo(withdrawal.correlationId());
            assertThat(event.actor().id()).as(event.type()).startsWith("service:");
            assertThat(event.authority()).as(event.type()).isEqualTo(withdrawal.type() + " " + withdrawal.id());
        }
        assertThat(forces.event().data().path("forceId").asText()).isEqualTo(forceId);
        assertThat(forces.event().data().path("cause").asText()).isEqualTo("MEMBER_WITHDRAWN");
        assertThat(base.event().data().path("status").asText()).isEqualTo("SUSPENDED");
        assertThat(caveats.event().data().toString()).contains(caveatId);

        long lastSeen = List.of(forces, base, caveats).stream().mapToLong(TopicWatch.Seen::seenAtNanos).max()
                .orElseThrow();
        long lastRecorded = List.of(forces, base, caveats).stream()
                .mapToLong(s -> s.event().recordedTime().toEpochMilli()).max().orElseThrow();
        return new Cascade((lastSeen - accepted) / 1_000_000,
                lastRecorded - withdrawal.recordedTime().toEpochMilli());
    }

    private static Predicate<EventEnvelope> of(String topic, String type, String subject) {
        String prefix = "entente." + topic.substring("entente.".length(), topic.lastIndexOf('.')) + ".";
        return e -> e.type().equals(prefix + type) && e.subject().equals(subject);
    }

    /** Retries a command until the service has caught up with the topic it depends on. */
    private static Http.Reply eventually(java.util.function.Supplier<Http.Reply> command) {
        long deadline = System.nanoTime() + BOUND.toNanos();
        Http.Reply reply = command.get();
        while (reply.status() >= 300 && System.nanoTime() < deadline) {
            if (reply.status() != 404 && reply.status() != 409) {
                return reply.ok();
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            reply = command.get();
        }
        return reply.ok();
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
