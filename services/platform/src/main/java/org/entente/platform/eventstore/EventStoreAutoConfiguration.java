package org.entente.platform.eventstore;

import org.axonframework.common.caching.Cache;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.springboot.autoconfig.AxonAutoConfiguration;
import org.axonframework.springboot.autoconfig.JdbcAutoConfiguration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The auditable timeline of every service: Axon's JDBC event store under our table names, one Jackson serializer for
 * what it stores, the hash chain on every event appended, and a bounded cache of recently used aggregates. Runs before
 * Axon's own auto-configuration so that these beans replace Axon's defaults.
 */
@AutoConfiguration(before = {AxonAutoConfiguration.class, JdbcAutoConfiguration.class})
public class EventStoreAutoConfiguration {

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
        return JacksonSerializer.builder().objectMapper(Serialization.messageMapper()).build();
    }

    /**
     * The JDBC event store. Snapshots get their own serializer that reads an aggregate's fields directly, so that
     * aggregates need neither getters nor Jackson annotations.
     */
    @Bean
    EventStorageEngine eventStorageEngine(@Qualifier("eventSerializer") Serializer eventSerializer,
                                          PersistenceExceptionResolver persistenceExceptionResolver,
                                          Configuration configuration,
                                          ConnectionProvider connectionProvider,
                                          TransactionManager transactionManager,
                                          EventSchema eventSchema) {
        return JdbcEventStorageEngine.builder()
                .snapshotSerializer(JacksonSerializer.builder().objectMapper(Serialization.snapshotMapper()).build())
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

    /** Every event that reaches the store passes the hash chain: registered on the event store as it is created. */
    @Bean
    static BeanPostProcessor hashChainOnTheEventStore(ObjectProvider<HashChainInterceptor> interceptor) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof EventStore eventStore) {
                    eventStore.registerDispatchInterceptor(interceptor.getObject());
                }
                return bean;
            }
        };
    }

    /** The most recently used aggregates stay in memory (a service's aggregates name it as their cache). */
    @Bean
    @ConditionalOnMissingBean(name = "aggregateCache")
    Cache aggregateCache(@Value("${entente.aggregate-cache.size:5000}") int size) {
        return new BoundedAggregateCache(size);
    }
}
