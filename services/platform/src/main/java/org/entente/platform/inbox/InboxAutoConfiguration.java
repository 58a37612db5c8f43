package org.entente.platform.inbox;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.transaction.TransactionManager;
import org.entente.platform.command.CommandAutoConfiguration;
import org.entente.platform.history.CurrentReader;
import org.entente.platform.relay.RelayAutoConfiguration;
import org.entente.platform.relay.TopicProvisioner;
import org.entente.platform.roster.JdbcCoalitionRoster;
import org.entente.platform.roster.RosterReaction;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.kafka.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The inbox of a service that reacts to other services' topics: one consumer per topic its {@link Reaction} beans
 * listen to, and, with {@code entente.roster.enabled=true}, the roster kept from the membership topic.
 */
@AutoConfiguration(after = {CommandAutoConfiguration.class, RelayAutoConfiguration.class})
public class InboxAutoConfiguration {

    @Bean
    Watermarks inboxWatermarks(JdbcTemplate jdbcTemplate) {
        return new Watermarks(jdbcTemplate);
    }

    @Bean
    @ConditionalOnProperty("entente.roster.enabled")
    JdbcCoalitionRoster coalitionRoster(JdbcTemplate jdbcTemplate) {
        return new JdbcCoalitionRoster(jdbcTemplate);
    }

    @Bean
    @ConditionalOnProperty("entente.roster.enabled")
    RosterReaction rosterReaction(JdbcCoalitionRoster coalitionRoster) {
        return new RosterReaction(coalitionRoster);
    }

    @Bean
    InboxProcessor inboxProcessor(@Value("${spring.application.name}") String service,
                                  ObjectProvider<Reaction> reactions, Watermarks watermarks,
                                  CommandGateway commandGateway, TransactionManager transactionManager, Clock clock,
                                  MeterRegistry meterRegistry) {
        // orderedStream honours @Order, so the roster is updated before the service's own reactions run
        Map<String, List<Reaction>> byTopic = reactions.orderedStream().collect(
                Collectors.groupingBy(Reaction::topic, LinkedHashMap::new, Collectors.toList()));
        return new InboxProcessor(service, byTopic, watermarks, commandGateway, transactionManager, clock,
                meterRegistry);
    }

    @Bean
    KafkaInbox kafkaInbox(@Value("${spring.application.name}") String service, ObjectProvider<Reaction> reactions,
                          InboxProcessor processor, KafkaProperties kafkaProperties,
                          TopicProvisioner topicProvisioner,
                          @Value("${entente.inbox.max-retry-interval:10s}") Duration maxRetryInterval) {
        Map<String, Object> producer = kafkaProperties.buildProducerProperties(null);
        producer.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        producer.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        producer.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        producer.put(ProducerConfig.ACKS_CONFIG, "all");
        producer.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, service + "-dead-letters");
        KafkaTemplate<String, byte[]> deadLetters = new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(producer));
        return new KafkaInbox(service, reactions.orderedStream().map(Reaction::topic).collect(Collectors.toSet()),
                processor, kafkaProperties.buildConsumerProperties(null), deadLetters, topicProvisioner,
                maxRetryInterval);
    }

    /**
     * Watches the inbox's partitions from outside its consumer: records waiting and no progress for
     * {@code entente.inbox.stall-after} make it stalled (health DOWN, {@code entente_inbox_stalled_partitions}).
     */
    @Bean
    StalledPartitions inboxStalledPartitions(@Value("${spring.application.name}") String service,
                                             ObjectProvider<Reaction> reactions, KafkaProperties kafkaProperties,
                                             @Value("${entente.inbox.stall-after:2m}") Duration stallAfter,
                                             @Value("${entente.inbox.stall-check-interval:15s}") Duration checkEvery,
                                             Clock clock, MeterRegistry meterRegistry) {
        Map<String, Object> admin = kafkaProperties.buildAdminProperties(null);
        admin.putIfAbsent(AdminClientConfig.CLIENT_ID_CONFIG, service + "-inbox-watch");
        StalledPartitions stalls = new StalledPartitions(service,
                reactions.orderedStream().map(Reaction::topic).collect(Collectors.toSet()), () -> Admin.create(admin),
                stallAfter, checkEvery, clock);
        Gauge.builder("entente.inbox.stalled.partitions", stalls, s -> s.stalls().size())
                .description("Partitions of the inbox's topics with records waiting and no progress for the stall time")
                .register(meterRegistry);
        Gauge.builder("entente.inbox.waiting", stalls, StalledPartitions::waiting)
                .description("Records on the inbox's topics not yet processed, at the last check")
                .baseUnit("records")
                .register(meterRegistry);
        return stalls;
    }

    @Bean
    InboxController inboxController(KafkaInbox inbox, InboxProcessor processor, Watermarks watermarks,
                                    StalledPartitions stalls, ObjectProvider<CurrentReader> reader) {
        return new InboxController(inbox, processor, watermarks, stalls,
                reader.getIfAvailable(() -> CurrentReader.NONE));
    }

    /** DOWN while a partition is stalled: a consumer that cannot move on must not look healthy. */
    @Bean
    HealthIndicator inboxHealthIndicator(KafkaInbox inbox, Watermarks watermarks, StalledPartitions stalls) {
        return () -> {
            Health.Builder health = stalls.stalls().isEmpty() ? Health.up() : Health.down();
            health.withDetail("subscribed", inbox.subscribed())
                    .withDetail("deadLetterTopic", inbox.deadLetterTopic())
                    .withDetail("subjectsTracked", watermarks.subjects())
                    .withDetail("recordsWaiting", stalls.waiting())
                    .withDetail("stalledPartitions", stalls.stalls());
            if (stalls.lastCheckFailure() != null) {
                health.withDetail("lastCheckFailure", stalls.lastCheckFailure());
            }
            return health.build();
        };
    }
}
