package org.entente.platform.inbox.it;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.entente.contracts.EventEnvelope;
import org.entente.contracts.Topics;
import org.entente.contracts.membership.v1.CoalitionDissolved;
import org.entente.contracts.membership.v1.CoalitionFormed;
import org.entente.contracts.membership.v1.MemberAdmitted;
import org.entente.contracts.membership.v1.MemberReinstated;
import org.entente.contracts.membership.v1.MemberSuspended;
import org.entente.contracts.membership.v1.MemberWithdrawn;
import org.entente.contracts.membership.v1.MembershipEventsV1;
import org.entente.contracts.membership.v1.PartnerAssociated;
import org.entente.contracts.membership.v1.PledgeWithdrawn;
import org.entente.platform.decision.Actor;
import org.entente.platform.decision.DecisionMetadata;
import org.entente.platform.decision.Roles;
import org.entente.platform.domain.RuleViolation;
import org.entente.platform.eventstore.HashChain;
import org.entente.platform.inbox.InboxController;
import org.entente.platform.inbox.InboxOutcome;
import org.entente.platform.inbox.KafkaInbox;
import org.entente.platform.inbox.StalledPartitions;
import org.entente.platform.inbox.Watermarks;
import org.entente.platform.roster.CoalitionRoster;
import org.entente.platform.roster.KnownCoalition;
import org.entente.platform.roster.Standing;
import org.entente.platform.security.ActorAuthentication;
import org.entente.platform.web.NotFound;
import org.entente.testing.EnvelopeWriter;
import org.entente.testing.TestInfrastructure;
import org.entente.testing.TopicReader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.entente.testing.Eventually.await;

/**
 * The inbox against the real broker and database: each event applied once whatever Kafka delivers (duplicates, an
 * early later event, a redelivery after a transient failure, a replay of the whole topic), poison dead-lettered with
 * its reason, and the reaction's commands carrying the event as their cause.
 */
@SpringBootTest(classes = InboxTestApplication.class, properties = {
        "spring.application.name=inbox-test", "entente.inbox.max-retry-interval=500ms",
        "entente.inbox.stall-after=1s", "entente.inbox.stall-check-interval=200ms",
        "entente.roster.enabled=true"})
class InboxIT {

    /** The owner of {@link InboxTestApplication#TOPIC}: the inbox accepts envelopes from it alone. */
    private static final String SOURCE = "/entente/inbox-test";
    private static EnvelopeWriter writer;

    @Autowired
    EventStore eventStore;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    KafkaInbox inbox;
    @Autowired
    CoalitionRoster roster;
    @Autowired
    HashChain hashChain;
    @Autowired
    CommandGateway commandGateway;
    @Autowired
    MeterRegistry meterRegistry;
    @Autowired
    StalledPartitions stalledPartitions;
    @Autowired
    InboxController inboxController;
    @Autowired
    @Qualifier("inboxHealthIndicator")
    HealthIndicator inboxHealth;

    @DynamicPropertySource
    static void realInfrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", () -> TestInfrastructure.sharedBroker().bootstrapServers());
        TestInfrastructure.freshDatabase(registry);
    }

    @BeforeAll
    static void writer() {
        writer = new EnvelopeWriter(TestInfrastructure.sharedBroker().bootstrapServers());
    }

    @AfterAll
    static void close() {
        writer.close();
    }

    @Test
    void appliesEachEventOnceWhateverIsDelivered() {
        String subject = "subject-" + UUID.randomUUID();
        String tally = "tally-" + UUID.randomUUID();
        EventEnvelope first = signal(subject, 0, tally);
        EventEnvelope second = signal(subject, 1, tally);
        EventEnvelope third = signal(subject, 2, tally);

        writer.send(InboxTestApplication.TOPIC, first);
        writer.send(InboxTestApplication.TOPIC, third);   // early: deferred, not applied out of order
        writer.send(InboxTestApplication.TOPIC, first);   // duplicate
        writer.send(InboxTestApplication.TOPIC, second);
        writer.send(InboxTestApplication.TOPIC, second);  // duplicate
        await("the inbox", () -> watermark(subject) == 1);
        assertThat(counted(tally)).containsExactly(first.id(), second.id());

        writer.send(InboxTestApplication.TOPIC, third);   // re-sent in order, as the relay does
        await("the inbox", () -> counted(tally).size() == 3);
        assertThat(counted(tally)).containsExactly(first.id(), second.id(), third.id());
        assertThat(watermark(subject)).isEqualTo(2);

        DomainEventMessage<?> reaction = eventStore.readEvents(tally, 0).asStream().toList().get(1);
        assertThat(reaction.getMetaData().get(DecisionMetadata.CAUSATION_ID)).isEqualTo(second.id());
        assertThat(reaction.getMetaData().get(DecisionMetadata.CORRELATION_ID)).isEqualTo(second.correlationId());
        assertThat(reaction.getMetaData().get(DecisionMetadata.ACTOR)).isEqualTo("service:inbox-test");
        assertThat(reaction.getMetaData().get(DecisionMetadata.AUTHORITY)).isEqualTo("test.Signal " + second.id());
        assertThat(reaction.getMetaData().get(DecisionMetadata.RATIONALE)).isEqualTo("count it");
    }

    @Test
    void aTransientFailureRollsBackEverythingAndIsRetriedUntilItSucceeds() {
        String subject = "subject-" + UUID.randomUUID();
        String tally = "tally-" + UUID.randomUUID();
        InboxTestApplication.SignalReaction.flakyFailures.set(2);
        EventEnvelope flaky = EnvelopeWriter.envelope(SOURCE, "test.Flaky", subject, 0, Map.of("tallyId", tally), null);

        writer.send(InboxTestApplication.TOPIC, flaky);

        await("the inbox", () -> watermark(subject) == 0);
        // it failed twice after sending its command and writing its note; neither survived the rollback
        assertThat(counted(tally)).containsExactly(flaky.id());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM inbox_test_note WHERE event_id = ?", Long.class,
                flaky.id())).isEqualTo(1);
        assertThat(InboxTestApplication.SignalReaction.flakyFailures.get()).isLessThan(0);
    }

    @Test
    void poisonGoesToTheDeadLetterTopicWithItsReasonAndTheSubjectCarriesOnPastIt() {
        String subject = "subject-" + UUID.randomUUID();
        String tally = "tally-" + UUID.randomUUID();
        EventEnvelope malformed = EnvelopeWriter.envelope(SOURCE, "test.Malformed", subject, 0, Map.of(), null);
        EventEnvelope next = signal(subject, 1, tally);

        writer.sendRaw(InboxTestApplication.TOPIC, subject, "{not json".getBytes(StandardCharsets.UTF_8));
        writer.send(InboxTestApplication.TOPIC, malformed);
        writer.send(InboxTestApplication.TOPIC, next);

        List<String> reasons = TopicReader.rawRecords(bootstrap(), Topics.deadLetter("inbox-test"), subject, 2,
                        Duration.ofSeconds(30)).stream()
                .map(r -> new String(r.headers().lastHeader(KafkaInbox.DEAD_LETTER_REASON).value(),
                        StandardCharsets.UTF_8))
                .toList();
        assertThat(reasons).hasSize(2);
        assertThat(reasons).anySatisfy(r -> assertThat(r).contains("Poison: signal has no tally"));
        assertThat(reasons).anySatisfy(r -> assertThat(r).contains("not an Entente event envelope"));
        // the dead-lettered event is passed over and noted, so the subject's next event still applies
        await("the inbox", () -> counted(tally).size() == 1);
        assertThat(counted(tally)).containsExactly(next.id());
        assertThat(watermark(subject)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT reason FROM inbox_dead_letter WHERE event_id = ?", String.class,
                malformed.id())).contains("signal has no tally");
    }

    @Test
    void aValueTheDatabaseRefusesIsDeadLetteredWithTheReasonAndThePartitionMovesOn() {
        String subject = "subject-" + UUID.randomUUID();
        String tally = "tally-" + UUID.randomUUID();
        EventEnvelope tooLong = note(subject, 0, "x".repeat(11));
        // NUL: PostgreSQL refuses it in text (SQL state 22021), H2 stores it
        EventEnvelope withNul = note(subject, 1, "a\u0000b");
        EventEnvelope next = signal(subject, 2, tally);

        writer.send(InboxTestApplication.TOPIC, tooLong);
        writer.send(InboxTestApplication.TOPIC, withNul);
        writer.send(InboxTestApplication.TOPIC, next);

        await("the inbox", () -> counted(tally).size() == 1);
        assertThat(watermark(subject)).isEqualTo(2);
        assertThat(deadLetterReason(tooLong)).contains("the database refuses the data (SQL state 22001)");
        if (TestInfrastructure.onPostgres()) {
            assertThat(deadLetterReason(withNul)).contains("SQL state 22021").doesNotContain("\u0000b");
        } else {
            assertThat(jdbc.queryForObject("SELECT note FROM inbox_test_short_note WHERE event_id = ?", String.class,
                    withNul.id())).isEqualTo("a\u0000b");
        }
        List<String> reasons = deadLetterReasons(subject, TestInfrastructure.onPostgres() ? 2 : 1);
        assertThat(reasons.get(0)).contains("SQL state 22001");
    }

    @Test
    void anEnvelopeFromAServiceThatDoesNotOwnTheTopicIsDeadLettered() {
        String subject = "subject-" + UUID.randomUUID();
        String tally = "tally-" + UUID.randomUUID();
        EventEnvelope impostor = EnvelopeWriter.envelope(MembershipEventsV1.SOURCE, "test.Signal", subject, 0,
                Map.of("tallyId", tally), null);
        EventEnvelope genuine = signal(subject, 0, tally);

        writer.send(InboxTestApplication.TOPIC, impostor);
        writer.send(InboxTestApplication.TOPIC, genuine);

        await("the inbox", () -> counted(tally).size() == 1);
        assertThat(counted(tally)).containsExactly(genuine.id());
        assertThat(deadLetterReasons(subject, 1).get(0)).contains("envelope from /entente/membership on "
                + InboxTestApplication.TOPIC + ", which only /entente/inbox-test publishes on");
    }

    @Test
    void aPartitionThatCannotMoveOnIsReportedStalledUntilItDoes() {
        String subject = "subject-" + UUID.randomUUID();
        String tally = "tally-" + UUID.randomUUID();
        EventEnvelope stuck = EnvelopeWriter.envelope(SOURCE, "test.Stuck", subject, 0, Map.of("tallyId", tally), null);
        InboxTestApplication.SignalReaction.stuck.set(true);
        try {
            writer.send(InboxTestApplication.TOPIC, stuck);

            await("the inbox", () -> !stalledPartitions.stalls().isEmpty());
            assertThat(stalledPartitions.stalls()).allSatisfy(stall -> {
                assertThat(stall.topic()).isEqualTo(InboxTestApplication.TOPIC);
                assertThat(stall.endOffset()).isGreaterThan(stall.committedOffset());
            });
            assertThat(inboxHealth.health().getStatus()).isEqualTo(Status.DOWN);
            assertThat(inboxHealth.health().getDetails()).containsKey("stalledPartitions");
            assertThat(meterRegistry.get("entente.inbox.stalled.partitions").gauge().value()).isGreaterThanOrEqualTo(1);
            assertThat(counted(tally)).isEmpty();
        } finally {
            InboxTestApplication.SignalReaction.stuck.set(false);
        }
        await("the inbox", () -> counted(tally).size() == 1);
        await("the inbox", () -> stalledPartitions.stalls().isEmpty());
        assertThat(inboxHealth.health().getStatus()).isEqualTo(Status.UP);
        assertThat(meterRegistry.get("entente.inbox.stalled.partitions").gauge().value()).isZero();
    }

    @Test
    void aDeadLetterIsRedrivenOnceAfterTheCauseIsFixed() {
        String subject = "subject-" + UUID.randomUUID();
        String tally = "tally-" + UUID.randomUUID();
        EventEnvelope fragile = EnvelopeWriter.envelope(SOURCE, "test.Fragile", subject, 0, Map.of("tallyId", tally),
                null);
        EventEnvelope next = signal(subject, 1, tally);
        InboxTestApplication.SignalReaction.fragile.set(true);
        try {
            writer.send(InboxTestApplication.TOPIC, fragile);
            assertThat(deadLetterReason(fragile)).contains("fragile signal refused");
        } finally {
            InboxTestApplication.SignalReaction.fragile.set(false);
        }
        assertThat(listedDeadLetters()).contains(fragile.id());

        Map<String, Object> answer = asOperator("o.ops", () -> inboxController.redrive(fragile.id()));

        assertThat(answer).containsEntry("outcome", InboxOutcome.REDRIVEN).containsEntry("subject", subject);
        assertThat(jdbc.queryForObject("SELECT redriven_by FROM inbox_dead_letter WHERE event_id = ?", String.class,
                fragile.id())).as("who re-drove it, for the auditors").isEqualTo("o.ops");
        assertThat(counted(tally)).containsExactly(fragile.id());
        writer.send(InboxTestApplication.TOPIC, next);
        await("the inbox", () -> counted(tally).size() == 2);
        assertThat(counted(tally)).containsExactly(fragile.id(), next.id());
        assertThat(listedDeadLetters()).doesNotContain(fragile.id());
        assertThatThrownBy(() -> inboxController.redrive(fragile.id())).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("re-driven before");
        assertThatThrownBy(() -> inboxController.redrive("no-such-event")).isInstanceOf(NotFound.class);
        assertThat(counted(tally)).hasSize(2);
    }

    @Test
    void aDeadLetterFollowedByLaterEventsOfItsSubjectIsNotRedrivenOutOfOrder() {
        String subject = "subject-" + UUID.randomUUID();
        String tally = "tally-" + UUID.randomUUID();
        EventEnvelope fragile = EnvelopeWriter.envelope(SOURCE, "test.Fragile", subject, 0, Map.of("tallyId", tally),
                null);
        InboxTestApplication.SignalReaction.fragile.set(true);
        try {
            writer.send(InboxTestApplication.TOPIC, fragile);
            writer.send(InboxTestApplication.TOPIC, signal(subject, 1, tally));
            await("the inbox", () -> counted(tally).size() == 1);
        } finally {
            InboxTestApplication.SignalReaction.fragile.set(false);
        }

        assertThatThrownBy(() -> inboxController.redrive(fragile.id())).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("was followed by #1");
        assertThat(counted(tally)).hasSize(1);
        assertThat(listedDeadLetters()).contains(fragile.id());
    }

    @Test
    void aRedriveThatFailsAgainStoresNothingAndKeepsTheDeadLetterWithTheNewReason() {
        String subject = "subject-" + UUID.randomUUID();
        String tally = "tally-" + UUID.randomUUID();
        EventEnvelope fragile = EnvelopeWriter.envelope(SOURCE, "test.Fragile", subject, 0, Map.of("tallyId", tally),
                null);
        InboxTestApplication.SignalReaction.fragile.set(true);
        try {
            writer.send(InboxTestApplication.TOPIC, fragile);
            await("the inbox", () -> watermark(subject) == 0);

            assertThatThrownBy(() -> inboxController.redrive(fragile.id())).isInstanceOf(RuleViolation.class)
                    .hasMessageContaining("failed again").hasMessageContaining("fragile signal refused");
        } finally {
            InboxTestApplication.SignalReaction.fragile.set(false);
        }
        assertThat(counted(tally)).isEmpty();
        assertThat(listedDeadLetters()).contains(fragile.id());
    }

    @Test
    void aReplayOfTheWholeTopicChangesNothing() throws Exception {
        String subject = "subject-" + UUID.randomUUID();
        String tally = "tally-" + UUID.randomUUID();
        for (int sequence = 0; sequence < 5; sequence++) {
            writer.send(InboxTestApplication.TOPIC, signal(subject, sequence, tally));
        }
        await("the inbox", () -> counted(tally).size() == 5);
        long eventsBefore = jdbc.queryForObject("SELECT COUNT(*) FROM domain_event_entry", Long.class);

        inbox.stop();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap()))) {
            Map<TopicPartition, OffsetAndMetadata> toStart = new HashMap<>();
            admin.describeTopics(List.of(InboxTestApplication.TOPIC)).allTopicNames().get()
                    .get(InboxTestApplication.TOPIC).partitions()
                    .forEach(p -> toStart.put(new TopicPartition(InboxTestApplication.TOPIC, p.partition()),
                            new OffsetAndMetadata(0)));
            awaitGroupEmpty(admin);
            admin.alterConsumerGroupOffsets("inbox-test", toStart).all().get();
        }
        double duplicatesBefore = duplicates();
        // the marker is the subject's next event: same key, same partition, after the five already applied
        EventEnvelope marker = signal(subject, 5, tally);
        writer.send(InboxTestApplication.TOPIC, marker);
        inbox.start();

        // once the marker is applied, its partition has been read again from offset 0: the five came again first
        await("the inbox", () -> counted(tally).size() == 6);
        assertThat(duplicates() - duplicatesBefore).isGreaterThanOrEqualTo(5);
        assertThat(counted(tally).get(5)).isEqualTo(marker.id());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM domain_event_entry", Long.class))
                .isEqualTo(eventsBefore + 1);
    }

    @Test
    void theRosterFollowsTheMembershipTopic() {
        String coalition = "coalition-" + UUID.randomUUID();
        String source = MembershipEventsV1.SOURCE;
        List<Object> history = List.of(
                new CoalitionFormed(coalition, "Unified Protector", "AD_HOC", "PEACE_ENFORCEMENT", null, "FRA", null,
                        "exercise-7"),
                new MemberAdmitted(coalition, "FRA"), new MemberAdmitted(coalition, "NOR"),
                new PartnerAssociated(coalition, "MLT", "HOST_NATION", "DEMOCRATIC"),
                new MemberSuspended(coalition, "NOR"), new MemberReinstated(coalition, "NOR"),
                new MemberWithdrawn(coalition, "NOR"), new PledgeWithdrawn(coalition, "p-1", "MEMBER_WITHDREW"),
                new CoalitionDissolved(coalition));
        for (int sequence = 0; sequence < history.size(); sequence++) {
            Object data = history.get(sequence);
            writer.send(Topics.MEMBERSHIP_V1, EnvelopeWriter.envelope(source, MembershipEventsV1.of(data.getClass()).name(),
                    coalition, sequence, data, "exercise-7"));
        }

        await("the inbox", () -> roster.coalition(coalition).map(KnownCoalition::dissolved).orElse(false));
        assertThat(roster.coalition(coalition)).contains(
                new KnownCoalition(coalition, "Unified Protector", "exercise-7", true));
        assertThat(roster.standing(coalition, "FRA")).isEqualTo(Standing.ACTIVE_MEMBER);
        assertThat(roster.standing(coalition, "NOR")).isEqualTo(Standing.WITHDRAWN_MEMBER);
        assertThat(roster.standing(coalition, "MLT")).isEqualTo(Standing.PARTNER);
        assertThat(roster.partnerRole(coalition, "MLT")).contains("HOST_NATION");
        assertThat(roster.standing(coalition, "DEU")).isEqualTo(Standing.UNKNOWN);
        assertThat(roster.nations(coalition, Standing.ACTIVE_MEMBER)).containsExactly("FRA");
    }

    @Test
    void twoCommandsOnOneCachedAggregateRollBackTogetherAndTheChainHolds() {
        String subject = "subject-" + UUID.randomUUID();
        String tally = "tally-" + UUID.randomUUID();
        InboxTestApplication.SignalReaction.doubleFailures.set(2);
        EventEnvelope first = EnvelopeWriter.envelope(SOURCE, "test.Double", subject, 0, Map.of("tallyId", tally), null);
        EventEnvelope second = EnvelopeWriter.envelope(SOURCE, "test.Double", subject, 1, Map.of("tallyId", tally),
                null);

        writer.send(InboxTestApplication.TOPIC, first);
        writer.send(InboxTestApplication.TOPIC, second);

        await("the inbox", () -> watermark(subject) == 1);
        List<? extends DomainEventMessage<?>> history = eventStore.readEvents(tally, 0).asStream().toList();
        assertThat(history).extracting(DomainEventMessage::getSequenceNumber).containsExactly(0L, 1L, 2L, 3L);
        assertThat(counted(tally)).containsExactly(first.id(), first.id(), second.id(), second.id());
        assertThat(hashChain.verify(history)).isEmpty();
        // the cached aggregate saw only what was committed
        Integer cachedCount = commandGateway.sendAndWait(new InboxTestApplication.ReadTally(tally));
        assertThat(cachedCount).isEqualTo(4);
    }

    private double duplicates() {
        return meterRegistry.find("entente.inbox.events").tag("topic", InboxTestApplication.TOPIC)
                .tag("outcome", "duplicate").counters().stream().mapToDouble(c -> c.count()).sum();
    }

    private EventEnvelope note(String subject, long sequence, String note) {
        return EnvelopeWriter.envelope(SOURCE, "test.Note", subject, sequence, Map.of("note", note), null);
    }

    private String deadLetterReason(EventEnvelope event) {
        await("the inbox", () -> jdbc.queryForObject("SELECT COUNT(*) FROM inbox_dead_letter WHERE event_id = ?", Long.class,
                event.id()) == 1);
        return jdbc.queryForObject("SELECT reason FROM inbox_dead_letter WHERE event_id = ?", String.class,
                event.id());
    }

    private List<String> deadLetterReasons(String subject, int count) {
        return TopicReader.rawRecords(bootstrap(), Topics.deadLetter("inbox-test"), subject, count,
                        Duration.ofSeconds(30)).stream()
                .map(r -> new String(r.headers().lastHeader(KafkaInbox.DEAD_LETTER_REASON).value(),
                        StandardCharsets.UTF_8))
                .toList();
    }

    @SuppressWarnings("unchecked")
    private List<String> listedDeadLetters() {
        return ((List<Watermarks.DeadLetter>) inboxController.inbox(500).get("deadLetters")).stream()
                .map(Watermarks.DeadLetter::eventId).toList();
    }

    private EventEnvelope signal(String subject, long sequence, String tally) {
        return EnvelopeWriter.envelope(SOURCE, "test.Signal", subject, sequence, Map.of("tallyId", tally), null);
    }

    private List<String> counted(String tally) {
        return eventStore.readEvents(tally, 0).asStream()
                .map(event -> (String) event.getMetaData().get(DecisionMetadata.CAUSATION_ID)).toList();
    }

    private long watermark(String subject) {
        List<Long> rows = jdbc.queryForList("SELECT last_sequence FROM inbox_watermark WHERE source = ? AND subject = ?",
                Long.class, SOURCE, subject);
        return rows.isEmpty() ? -1 : rows.get(0);
    }

    private static void awaitGroupEmpty(Admin admin) {
        await("the inbox", () -> {
            try {
                return admin.describeConsumerGroups(List.of("inbox-test")).all().get().get("inbox-test")
                        .members().isEmpty();
            } catch (Exception e) {
                return false;
            }
        });
    }

    private static String bootstrap() {
        return TestInfrastructure.sharedBroker().bootstrapServers();
    }


    /** Calls {@code action} as the request of an operator's verified token would. */
    private static <T> T asOperator(String operator, Supplier<T> action) {
        Jwt token = Jwt.withTokenValue("test").header("alg", "none").subject(operator).build();
        SecurityContextHolder.getContext().setAuthentication(new ActorAuthentication(token,
                new Actor(operator, null, List.of(Roles.OPERATOR))));
        try {
            return action.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
