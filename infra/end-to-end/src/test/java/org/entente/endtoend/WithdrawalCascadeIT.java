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
import java.time.Instant;
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

    /**
     * Reactions 2, 3 and 4 on the real services: a mandate expansion puts the ROE profile under review (the engagement
     * check says so until it is re-authorised); a revoked basing agreement re-flags the sustainment routed through it
     * and changes the check from that base; the dissolution closes every service's records.
     */
    @Test
    void expansionRevocationAndDissolutionReachEveryServiceThatCares() {
        String coalitionId = formCoalition("Ocean Shield");
        String operationId = eventually(() -> commandStructure.post("/operations",
                Map.of("coalitionId", coalitionId, "name", "Ocean Shield"), "jfc.planner", "FRA")).string("operationId");
        String nodeId = commandStructure.post("/operations/" + operationId + "/headquarters",
                Map.of("name", "Maritime Command", "level", "STRATEGIC", "commanderNation", "FRA"),
                "jfc.planner", "FRA").ok().string("nodeId");
        String forceId = "ita-tanker-" + coalitionId.substring(0, 8);
        commandStructure.post("/operations/" + operationId + "/forces", Map.of("forceId", forceId, "nation", "ITA",
                "forceType", "tanker detachment", "size", 2, "nodeId", nodeId, "degree", "OPCON"),
                "ita.ministry", "ITA").ok();
        Instant now = Instant.now();
        String agreementId = eventually(() -> basing.post("/agreements", Map.of("coalitionId", coalitionId,
                "hostNation", "ITA", "site", "Sigonella", "permittedActivities", List.of("LOGISTICS", "AIR_REFUELLING"),
                "capacity", Map.of("personnel", 800, "aircraftParking", 20),
                "validFrom", now.minus(Duration.ofDays(1)).toString(),
                "validUntil", now.plus(Duration.ofDays(365)).toString()), "basing.officer", "ITA")).string("agreementId");
        for (String stage : List.of("MOU_SIGNED", "TECHNICAL_ARRANGEMENT_SIGNED", "IN_FORCE")) {
            basing.post("/agreements/" + agreementId + "/stages", Map.of("stage", stage), "basing.officer", "ITA").ok();
            // both parties sign each stage: the host nation and the coalition's council
            basing.post("/agreements/" + agreementId + "/stages", Map.of("stage", stage), "council.secretary", "FRA")
                    .ok();
        }
        String sustainmentId = basing.post("/sustainment-requests", Map.of("coalitionId", coalitionId,
                "forceId", forceId, "nation", "ITA", "supplyClass", "III",
                "quantity", Map.of("value", 400, "unit", "t"), "needBy", now.plus(Duration.ofDays(7)).toString(),
                "agreementId", agreementId), "logistics.officer", "ITA").ok().string("requestId");
        eventually(() -> roe.post("/operations/" + operationId + "/roe-profile", Map.of(), "roe.officer", "FRA"));
        String requestId = roe.post("/operations/" + operationId + "/roe-profile/measures",
                Map.of("measureCode", "16D", "nation", "ITA"), "roe.officer", "ITA").ok().string("requestId");
        roe.post("/operations/" + operationId + "/roe-profile/measures/" + requestId + "/authorisation",
                Map.of("decision", Map.of("rationale", "tankers support the operation",
                        "authority", "council decision 12")), "council.secretary", "FRA").ok();
        String check = "/operations/" + operationId + "/engagement-check?force=" + forceId + "&measure=16D&base="
                + agreementId;
        awaitCheck(check, true, "refuelling from Sigonella permitted once ROE knows the force and the base");

        // 2. mission creep: the profile is under review until re-authorised
        membership.post("/coalitions/" + coalitionId + "/mandate/amendments", Map.of("classification", "EXPANSION",
                "mandate", Map.of("objectives", List.of("enforce the arms embargo", "protect civilians",
                        "escort humanitarian shipping"), "area", "Libya", "expiresOn", "2031-12-31"),
                "decision", Map.of("rationale", "shipping attacked", "authority", "S/RES/2000 (2031)")),
                "council.secretary", "FRA").ok();
        EventEnvelope expansion = topics.await(of(Topics.MEMBERSHIP_V1, "MandateAmended", coalitionId), BOUND,
                "the mandate expansion").event();
        topics.await(of(Topics.RULES_OF_ENGAGEMENT_V1, "RoeProfileFlaggedForReview", operationId)
                .and(e -> expansion.id().equals(e.causationId())), BOUND, "profile flagged for review");
        assertThat(reasons(awaitCheck(check, false, "under review"))).contains("PROFILE_UNDER_REVIEW");
        roe.post("/operations/" + operationId + "/roe-profile/reauthorisation", Map.of("decision",
                Map.of("rationale", "escort tasks covered by the existing measures",
                        "authority", "council decision 13")), "council.secretary", "FRA").ok();
        awaitCheck(check, true, "re-authorised");

        // 3. the host revokes the base: sustainment through it is re-flagged, the check from it changes
        basing.post("/agreements/" + agreementId + "/revocation", Map.of("reason", "domestic court ruling",
                        "decision", Map.of("rationale", "the court annulled the arrangement",
                                "authority", "Consiglio di Stato ruling 4521")),
                "basing.officer", "ITA").ok();
        EventEnvelope revocation = topics.await(of(Topics.BASING_LOGISTICS_V1, "BasingAgreementRevoked", agreementId),
                BOUND, "the revocation").event();
        topics.await(of(Topics.BASING_LOGISTICS_V1, "SustainmentReflagged", sustainmentId)
                .and(e -> revocation.id().equals(e.causationId())), BOUND, "sustainment re-flagged");
        assertThat(reasons(awaitCheck(check, false, "base revoked"))).contains("BASE_NOT_IN_FORCE");

        // 4. dissolution closes every service's records for the coalition
        membership.post("/coalitions/" + coalitionId + "/dissolution", Map.of("decision", Map.of(
                "rationale", "mission accomplished", "authority", "council decision 14")), "council.secretary", "FRA")
                .ok();
        EventEnvelope dissolution = topics.await(of(Topics.MEMBERSHIP_V1, "CoalitionDissolved", coalitionId), BOUND,
                "the dissolution").event();
        Predicate<EventEnvelope> sameDecision = e -> dissolution.correlationId().equals(e.correlationId());
        topics.await(of(Topics.COMMAND_STRUCTURE_V1, "OperationClosed", operationId).and(sameDecision), BOUND,
                "operation closed");
        topics.await(of(Topics.BASING_LOGISTICS_V1, "SustainmentClosed", sustainmentId).and(sameDecision), BOUND,
                "sustainment closed");
        topics.await(of(Topics.RULES_OF_ENGAGEMENT_V1, "RoeProfileClosed", operationId).and(sameDecision), BOUND,
                "ROE profile closed");
        assertThat(commandStructure.post("/operations/" + operationId + "/headquarters",
                Map.of("name", "Too late", "level", "OPERATIONAL", "commanderNation", "FRA", "parentNodeId", nodeId),
                "jfc.planner", "FRA").status()).isEqualTo(409);
    }

    private static String formCoalition(String name) {
        return membership.post("/coalitions", Map.of(
                "name", name, "kind", "AD_HOC", "purpose", "PEACE_ENFORCEMENT",
                "legalBasis", Map.of("type", "UN_SECURITY_COUNCIL_RESOLUTION", "reference", "S/RES/1973 (2011)",
                        "adoptedOn", "2011-03-17"),
                "leadNation", "FRA",
                "mandate", Map.of("objectives", List.of("enforce the arms embargo", "protect civilians"),
                        "area", "Libya", "expiresOn", "2031-09-27"),
                "foundingMembers", List.of("FRA", "NOR", "ITA")), "council.secretary", "FRA").ok().string("coalitionId");
    }

    /** Polls the engagement check until its answer is {@code permitted} (the read models catch up through Kafka). */
    private static Map<String, Object> awaitCheck(String path, boolean permitted, String what) {
        long deadline = System.nanoTime() + BOUND.toNanos();
        Http.Reply reply = roe.get(path);
        while (System.nanoTime() < deadline
                && !(reply.status() == 200 && Boolean.valueOf(permitted).equals(reply.body().get("permitted")))) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            reply = roe.get(path);
        }
        assertThat(reply.body().get("permitted")).as(what + ": " + reply.body()).isEqualTo(permitted);
        return reply.body();
    }

    @SuppressWarnings("unchecked")
    private static List<String> reasons(Map<String, Object> answer) {
        return ((List<Map<String, Object>>) answer.get("reasons")).stream().map(r -> (String) r.get("code")).toList();
    }

    record Cascade(long observedMillis, long recordedMillis) {
    }

    private Cascade withdrawAfterSettingUp(String name) {
        String coalitionId = formCoalition(name);

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
                "validFrom", "2011-03-20T00:00:00Z", "validUntil", Instant.now().plus(Duration.ofDays(365)).toString()),
                "basing.officer", "NOR")).string("agreementId");
        for (String stage : List.of("MOU_SIGNED", "TECHNICAL_ARRANGEMENT_SIGNED", "IN_FORCE")) {
            basing.post("/agreements/" + agreementId + "/stages", Map.of("stage", stage), "basing.officer", "NOR").ok();
            // both parties sign each stage: the host nation and the coalition's council
            basing.post("/agreements/" + agreementId + "/stages", Map.of("stage", stage), "council.secretary", "FRA")
                    .ok();
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
