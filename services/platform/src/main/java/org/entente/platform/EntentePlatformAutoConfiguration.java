package org.entente.platform;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.cfg.MutableCoercionConfig;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.springboot.autoconfig.AxonAutoConfiguration;
import org.axonframework.springboot.autoconfig.JdbcAutoConfiguration;
import org.entente.platform.command.CommandDispatcher;
import org.entente.platform.command.CommandInterceptors;
import org.entente.platform.command.IdempotencyStore;
import org.entente.platform.command.MetadataVersionTargetResolver;
import org.entente.platform.decision.ActorResolver;
import org.entente.platform.decision.DecisionCorrelationDataProvider;
import org.entente.platform.eventstore.HashChain;
import org.entente.platform.eventstore.HashChainInterceptor;
import org.entente.platform.history.EventHistory;
import org.entente.platform.relay.KafkaRelay;
import org.entente.platform.relay.PublicEventMapper;
import org.entente.platform.relay.RelayLag;
import org.entente.platform.relay.RelayStatus;
import org.entente.platform.relay.RelayWarmUp;
import org.entente.platform.relay.TopicProvisioner;
import org.entente.platform.web.ProblemResponses;
import org.entente.platform.web.StrictInput;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.kafka.KafkaProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What every Entente service gets by depending on the platform module: the JDBC event store with the hash chain,
 * Jackson serialization, decision metadata, idempotent versioned commands, history reads, the Kafka relay, problem+json
 * errors and metrics. Runs before Axon's own auto-configuration so that these beans replace Axon's defaults.
 */
@AutoConfiguration(before = {AxonAutoConfiguration.class, JdbcAutoConfiguration.class,
        org.springframework.boot.autoconfigure.web.servlet.error.ErrorMvcAutoConfiguration.class})
@EnableConfigurationProperties(EntenteProperties.class)
@Import({ProblemResponses.class, org.entente.platform.web.ProblemErrorController.class})
public class EntentePlatformAutoConfiguration {

    // ---- time -------------------------------------------------------------------------------------------------

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    // ---- event store ------------------------------------------------------------------------------------------

    /** Axon's JDBC tables under snake_case names (see db/platform). */
    @Bean
    EventSchema eventSchema() {
        return EventSchema.builder()
                .eventTable("domain_event_entry").snapshotTable("snapshot_event_entry")
                .globalIndexColumn("global_index").timestampColumn("time_stamp")
                .eventIdentifierColumn("event_identifier").aggregateIdentifierColumn("aggregate_identifier")
                .sequenceNumberColumn("sequence_number").typeColumn("type").payloadTypeColumn("payload_type")
                .payloadRevisionColumn("payload_revision").payloadColumn("payload").metaDataColumn("meta_data")
                .build();
    }

    @Bean
    TokenSchema tokenSchema() {
        return TokenSchema.builder()
                .setTokenTable("token_entry").setProcessorNameColumn("processor_name").setSegmentColumn("segment")
                .setTokenColumn("token").setTokenTypeColumn("token_type").setTimestampColumn("time_stamp")
                .setOwnerColumn("owner")
                .build();
    }

    /**
     * One Jackson serializer for everything Axon stores or sends (XStream cannot read records back). Being the general
     * serializer, it is also what Axon uses for messages and events, which fall back to it.
     */
    @Bean
    @Primary
    Serializer serializer() {
        return JacksonSerializer.builder().objectMapper(messageMapper()).build();
    }

    /**
     * The JDBC event store. Snapshots get their own serializer that reads an aggregate's fields directly, so that
     * aggregates need neither getters nor Jackson annotations.
     */
    @Bean
    EventStorageEngine eventStorageEngine(@Qualifier("eventSerializer") Serializer eventSerializer,
                                          PersistenceExceptionResolver persistenceExceptionResolver,
                                          org.axonframework.config.Configuration configuration,
                                          ConnectionProvider connectionProvider,
                                          TransactionManager transactionManager,
                                          EventSchema eventSchema) {
        return JdbcEventStorageEngine.builder()
                .snapshotSerializer(JacksonSerializer.builder().objectMapper(snapshotMapper()).build())
                .eventSerializer(eventSerializer)
                .upcasterChain(configuration.upcasterChain())
                .persistenceExceptionResolver(persistenceExceptionResolver)
                .snapshotFilter(configuration.snapshotFilter())
                .connectionProvider(connectionProvider)
                .transactionManager(transactionManager)
                .schema(eventSchema)
                .build();
    }

    @Bean
    HashChain hashChain(@Qualifier("eventSerializer") Serializer eventSerializer) {
        return new HashChain(eventSerializer);
    }

    @Bean
    HashChainInterceptor hashChainInterceptor(HashChain hashChain, EventStorageEngine storageEngine) {
        return new HashChainInterceptor(hashChain, storageEngine);
    }

    /** Every event that reaches the store passes the hash chain. */
    @Bean
    Object hashChainRegistration(EventStore eventStore, HashChainInterceptor hashChainInterceptor) {
        return eventStore.registerDispatchInterceptor(hashChainInterceptor);
    }

    @Bean
    org.entente.platform.verification.VerificationController verificationController(EventStore eventStore,
            HashChain hashChain,
            org.springframework.beans.factory.ObjectProvider<org.entente.platform.history.CurrentReader> reader) {
        return new org.entente.platform.verification.VerificationController(eventStore, hashChain,
                reader.getIfAvailable(() -> org.entente.platform.history.CurrentReader.NONE));
    }

    @Bean
    EventHistory eventHistory(EventStore eventStore, JdbcTemplate jdbcTemplate,
                              org.springframework.beans.factory.ObjectProvider<org.entente.platform.history.CurrentReader> reader) {
        return new EventHistory(eventStore, jdbcTemplate,
                reader.getIfAvailable(() -> org.entente.platform.history.CurrentReader.NONE));
    }

    // ---- commands ---------------------------------------------------------------------------------------------

    @Bean
    CorrelationDataProvider decisionCorrelationDataProvider() {
        return new DecisionCorrelationDataProvider();
    }

    @Bean(MetadataVersionTargetResolver.BEAN_NAME)
    MetadataVersionTargetResolver metadataVersionTargetResolver() {
        return new MetadataVersionTargetResolver();
    }

    /**
     * Request bodies say what they mean and hold only what every consumer can store (StrictInput): a number or a
     * boolean where text is expected is refused (400), not quietly turned into text (the reverse is refused by
     * spring.jackson.mapper.allow-coercion-of-scalars=false); a key given twice is refused, not last-one-wins.
     */
    @Bean
    Jackson2ObjectMapperBuilderCustomizer strictInput() {
        return builder -> builder
                .deserializerByType(String.class, StrictInput.text())
                .deserializerByType(Instant.class, StrictInput.instant())
                .deserializerByType(LocalDate.class, StrictInput.localDate())
                .deserializerByType(BigDecimal.class, StrictInput.decimal())
                .featuresToEnable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .postConfigurer(mapper -> {
                    MutableCoercionConfig textual = mapper.coercionConfigFor(LogicalType.Textual);
                    for (CoercionInputShape shape : List.of(CoercionInputShape.Integer, CoercionInputShape.Float,
                            CoercionInputShape.Boolean)) {
                        textual.setCoercion(shape, CoercionAction.Fail);
                    }
                });
    }

    @Bean
    org.entente.platform.web.NationCodeSchema nationCodeSchema() {
        return new org.entente.platform.web.NationCodeSchema();
    }

    @Bean
    IdempotencyStore idempotencyStore(JdbcTemplate jdbcTemplate, Clock clock) {
        return new IdempotencyStore(jdbcTemplate, clock);
    }

    @Bean
    Object commandInterceptorsRegistration(CommandBus commandBus, IdempotencyStore idempotencyStore,
                                           MeterRegistry meterRegistry) {
        return CommandInterceptors.register(commandBus, idempotencyStore, meterRegistry);
    }

    @Bean
    CommandDispatcher commandDispatcher(CommandGateway commandGateway, EventStore eventStore,
                                        ActorResolver actorResolver, IdempotencyStore idempotencyStore,
                                        ObjectMapper objectMapper) {
        return new CommandDispatcher(commandGateway, eventStore, actorResolver, idempotencyStore, objectMapper);
    }

    // ---- Kafka relay ------------------------------------------------------------------------------------------

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
    KafkaTemplate<String, byte[]> relayKafkaTemplate(KafkaProperties kafkaProperties, EntenteProperties properties) {
        Map<String, Object> config = kafkaProperties.buildProducerProperties(null);
        EntenteProperties.Relay relay = properties.relay();
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
    TopicProvisioner topicProvisioner(KafkaAdmin kafkaAdmin, EntenteProperties properties) {
        return new TopicProvisioner(kafkaAdmin, properties.relay().partitions(), properties.relay().replicationFactor());
    }

    @Bean
    @ConditionalOnBean(PublicEventMapper.class)
    KafkaRelay kafkaRelay(PublicEventMapper mapper, KafkaTemplate<String, byte[]> relayKafkaTemplate,
                          TopicProvisioner topicProvisioner, RelayStatus relayStatus, EntenteProperties properties,
                          Clock clock, MeterRegistry meterRegistry) {
        return new KafkaRelay(mapper, relayKafkaTemplate, topicProvisioner, relayStatus,
                properties.relay().ackTimeout(), clock, meterRegistry);
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
    ConfigurerModule kafkaRelayProcessor(EntenteProperties properties) {
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerTrackingEventProcessor(KafkaRelay.PROCESSOR,
                        c -> c.eventStore(),
                        c -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                                .andBatchSize(properties.relay().batchSize()))
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

    // ---- serialization ----------------------------------------------------------------------------------------

    /** Events and messages: records through their accessors, ISO dates, exact decimals, tolerant of unknown fields. */
    static ObjectMapper messageMapper() {
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
                .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false)
                .build();
    }

    /** Snapshots: an aggregate's fields, whatever their visibility, and nothing else. */
    static ObjectMapper snapshotMapper() {
        ObjectMapper mapper = messageMapper();
        mapper.setVisibility(mapper.getSerializationConfig().getDefaultVisibilityChecker()
                .withFieldVisibility(com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility.ANY)
                .withGetterVisibility(com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility.NONE)
                .withIsGetterVisibility(com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility.NONE)
                .withSetterVisibility(com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility.NONE)
                .withCreatorVisibility(com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility.ANY));
        return mapper;
    }
}
