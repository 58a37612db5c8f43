package org.entente.platform.inbox.it;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.entente.contracts.ContractType;
import org.entente.contracts.EventEnvelope;
import org.entente.contracts.Topics;
import org.entente.infra.broker.BrokerProcess;
import org.entente.infra.broker.KafkaAccess;
import org.entente.platform.decision.DecisionMetadata;
import org.entente.platform.inbox.KafkaInbox;
import org.entente.platform.relay.PublicEvent;
import org.entente.platform.relay.PublicEventMapper;
import org.entente.platform.relay.TopicProvisioner;
import org.entente.testing.EnvelopeWriter;
import org.entente.testing.TestInfrastructure;
import org.entente.testing.TopicReader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.entente.testing.Eventually.await;

/**
 * A platform service on a broker with SASL/SCRAM and ACLs, configured exactly as the services are in the local stack
 * and docker-compose (ENTENTE_KAFKA_SECURITY_PROTOCOL=SASL_PLAINTEXT, its password; the user is its application
 * name): its inbox consumes a topic it may not create once that topic exists, dead-letters to its own topic, and its
 * relay publishes — every client as User:inbox-test.
 */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(classes = {InboxTestApplication.class, InboxSaslIT.TallyRelay.class}, properties = {
        "spring.application.name=inbox-test", "entente.inbox.max-retry-interval=500ms",
        "ENTENTE_KAFKA_SECURITY_PROTOCOL=SASL_PLAINTEXT"})
class InboxSaslIT {

    static final String TALLY_TOPIC = "entente.inbox-tally.v1";
    private static final String SOURCE = "/entente/inbox-test"; // the owner of InboxTestApplication.TOPIC
    private static final String PASSWORD = "inbox-test-" + UUID.randomUUID();
    private static final String ADMIN_PASSWORD = "admin" + UUID.randomUUID().toString().replace("-", "");
    private static BrokerProcess broker;

    @Autowired
    EventStore eventStore;
    @Autowired
    KafkaInbox inbox;
    @Autowired
    TopicProvisioner topicProvisioner;

    /** The test service's public topic: each signal it counted, published by its relay. */
    @TestConfiguration
    static class TallyRelay {
        @Bean
        PublicEventMapper tallyMapper() {
            return new PublicEventMapper() {
                @Override
                public String topic() {
                    return TALLY_TOPIC;
                }

                @Override
                public String source() {
                    return "/entente/inbox-test";
                }

                @Override
                public Optional<PublicEvent> toPublic(DomainEventMessage<?> event) {
                    return Optional.of(new PublicEvent(new ContractType("test.SignalCounted", 1,
                            InboxTestApplication.SignalCounted.class), event.getPayload()));
                }
            };
        }
    }

    @DynamicPropertySource
    static void securedBroker(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", () -> broker().bootstrapServers());
        registry.add("entente.kafka.password", () -> PASSWORD);
        TestInfrastructure.freshDatabase(registry);
    }

    private static synchronized BrokerProcess broker() {
        if (broker == null) {
            try {
                Path access = Path.of(InboxSaslIT.class.getResource("/kafka/inbox-sasl-access.properties").toURI());
                broker = BrokerProcess.startWithSasl(Path.of("target", "it-data", "kafka-sasl-" + UUID.randomUUID()),
                        access, Map.of(KafkaAccess.ADMIN_PASSWORD, ADMIN_PASSWORD,
                                KafkaAccess.passwordVariable("inbox-test"), PASSWORD));
            } catch (URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }
        return broker;
    }

    @AfterAll
    static void stopBroker() {
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void reactsAsItsOwnPrincipalToATopicItMayNotCreateOnceItExists(CapturedOutput output) throws Exception {
        // the topic it reacts to is another's: this service may not create it, and nobody has yet
        assertThatThrownBy(() -> topicProvisioner.ensure(InboxTestApplication.TOPIC))
                .satisfies(e -> assertThat(KafkaInbox.deniedAccess(e)).isTrue());
        assertThat(inbox.subscribed()).isFalse();

        try (Admin admin = Admin.create(broker.adminConfig())) {
            admin.createTopics(List.of(new NewTopic(InboxTestApplication.TOPIC, 3, (short) 1)))
                    .all().get(30, TimeUnit.SECONDS);
        }
        String subject = "subject-" + UUID.randomUUID();
        String tally = "tally-" + UUID.randomUUID();
        EventEnvelope signal = EnvelopeWriter.envelope(SOURCE, "test.Signal", subject, 0, Map.of("tallyId", tally), null);
        EventEnvelope malformed = EnvelopeWriter.envelope(SOURCE, "test.Malformed", subject, 1, Map.of(), null);
        try (EnvelopeWriter writer = new EnvelopeWriter(broker.adminConfig())) {
            writer.send(InboxTestApplication.TOPIC, signal);
            writer.send(InboxTestApplication.TOPIC, malformed);
        }

        // inbox (consumer group inbox-test): the signal counted
        await("the inbox", () -> counted(tally).size() == 1);
        assertThat(counted(tally)).containsExactly(signal.id());
        assertThat(inbox.subscribed()).isTrue();
        // dead-letter producer: the poison in the service's own dead-letter topic
        List<String> reasons = TopicReader.rawRecords(broker.adminConfig(), Topics.deadLetter("inbox-test"), subject, 1,
                        Duration.ofSeconds(60)).stream()
                .map(r -> new String(r.headers().lastHeader(KafkaInbox.DEAD_LETTER_REASON).value(),
                        StandardCharsets.UTF_8))
                .toList();
        assertThat(reasons).singleElement().satisfies(r -> assertThat(r).contains("Poison: signal has no tally"));
        // relay (idempotent producer, acks=all): the counted signal on the service's public topic
        List<EventEnvelope> published = TopicReader.envelopes(TopicReader.records(broker.adminConfig(), TALLY_TOPIC,
                tally, envelopes -> !envelopes.isEmpty(), Duration.ofSeconds(60)));
        assertThat(published).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo("test.SignalCounted");
            assertThat(e.data().path("signal").asText()).isEqualTo(signal.id());
        });

        assertThat(output.getAll()).doesNotContain(PASSWORD).doesNotContain(ADMIN_PASSWORD);
    }

    private List<String> counted(String tally) {
        return eventStore.readEvents(tally, 0).asStream()
                .map(event -> (String) event.getMetaData().get(DecisionMetadata.CAUSATION_ID)).toList();
    }

}
