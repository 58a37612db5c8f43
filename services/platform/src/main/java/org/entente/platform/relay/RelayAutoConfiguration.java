package org.entente.platform.relay;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.springboot.autoconfig.AxonAutoConfiguration;
import org.entente.platform.KafkaClientSecurity;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.kafka.KafkaProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;

import java.time.Clock;
import java.util.Map;

/**
 * The outbox relay: a tracking processor over the event store publishes each event of a service with a
 * {@link PublicEventMapper} to its topic, with an idempotent producer, and reports its lag and failures.
 */
@AutoConfiguration(before = AxonAutoConfiguration.class)
@EnableConfigurationProperties(RelayProperties.class)
public class RelayAutoConfiguration {

    /** With SASL, the service's own principal in every Kafka client's settings (static: a bean post-processor). */
    @Bean
    static KafkaClientSecurity kafkaClientSecurity() {
        return new KafkaClientSecurity();
    }

    @Bean
    RelayStatus relayStatus() {
        return new RelayStatus();
    }

    /**
     * The relay's own producer: idempotent, acks from all in-sync replicas, and a generous delivery timeout. These
     * settings are not left to configuration because the no-loss guarantee depends on them; connection and security
     * settings come from spring.kafka.*.
     */
    @Bean
    KafkaTemplate<String, byte[]> relayKafkaTemplate(KafkaProperties kafkaProperties, RelayProperties relay) {
        Map<String, Object> config = kafkaProperties.buildProducerProperties(null);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) relay.requestTimeout().toMillis());
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG,
                (int) Math.max(relay.deliveryTimeout().toMillis(), relay.requestTimeout().toMillis() + 5));
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, relay.maxBlock().toMillis());
        config.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        config.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, "entente-relay");
        return new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(config));
    }

    @Bean
    TopicProvisioner topicProvisioner(KafkaAdmin kafkaAdmin, RelayProperties relay) {
        return new TopicProvisioner(kafkaAdmin, relay.partitions(), relay.replicationFactor());
    }

    @Bean
    @ConditionalOnBean(PublicEventMapper.class)
    KafkaRelay kafkaRelay(PublicEventMapper mapper, KafkaTemplate<String, byte[]> relayKafkaTemplate,
                          TopicProvisioner topicProvisioner, RelayStatus relayStatus, RelayProperties relay,
                          Clock clock, MeterRegistry meterRegistry) {
        return new KafkaRelay(mapper, relayKafkaTemplate, topicProvisioner, relayStatus, relay.ackTimeout(), clock,
                meterRegistry);
    }

    @Bean
    @ConditionalOnBean(PublicEventMapper.class)
    RelayWarmUp relayWarmUp(PublicEventMapper mapper, TopicProvisioner topicProvisioner,
                            KafkaTemplate<String, byte[]> relayKafkaTemplate) {
        return new RelayWarmUp(mapper, topicProvisioner, relayKafkaTemplate);
    }

    /**
     * The relay is a single-threaded tracking processor over the event store, starting from the first event. Its
     * listener errors propagate (the default would log and skip the event), so a failed batch is retried, not lost.
     */
    @Bean
    ConfigurerModule kafkaRelayProcessor(RelayProperties relay) {
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerTrackingEventProcessor(KafkaRelay.PROCESSOR,
                        c -> c.eventStore(),
                        c -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                                .andBatchSize(relay.batchSize()))
                .registerListenerInvocationErrorHandler(KafkaRelay.PROCESSOR, c -> PropagatingErrorHandler.instance()));
    }

    @Bean
    RelayLag relayLag(EventStore eventStore, EventProcessingConfiguration processingConfiguration,
                      MeterRegistry meterRegistry) {
        RelayLag lag = new RelayLag(eventStore, processingConfiguration);
        Gauge.builder("entente.relay.lag", lag, RelayLag::events)
                .description("Stored events not yet published to Kafka (-1 while unknown)")
                .baseUnit("events")
                .register(meterRegistry);
        return lag;
    }

    /** Reports the relay's state; never DOWN, since accepting commands does not depend on Kafka. */
    @Bean
    HealthIndicator kafkaRelayHealthIndicator(RelayStatus status, RelayLag lag) {
        return () -> {
            Health.Builder health = Health.up().withDetail("lagEvents", lag.events())
                    .withDetail("consecutiveFailures", status.consecutiveFailures());
            if (status.lastPublishedAt() != null) {
                health.withDetail("lastPublishedAt", status.lastPublishedAt().toString());
            }
            if (status.lastFailure() != null) {
                health.withDetail("lastFailure", status.lastFailure())
                        .withDetail("lastFailureAt", status.lastFailureAt().toString());
            }
            return health.build();
        };
    }
}
