package org.entente.platform.command;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.springboot.autoconfig.AxonAutoConfiguration;
import org.entente.platform.decision.ActorResolver;
import org.entente.platform.decision.DecisionCorrelationDataProvider;
import org.entente.platform.history.FirstDecisions;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Clock;

/**
 * How a decision becomes a command and its events: the {@link CommandDispatcher} (actor, decision metadata,
 * Idempotency-Key, If-Match, ETag), the decision carried on to every event a command causes, and the interceptors
 * every command runs through inside its transaction. Also the service's clock.
 */
@AutoConfiguration(before = AxonAutoConfiguration.class)
public class CommandAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    CorrelationDataProvider decisionCorrelationDataProvider() {
        return new DecisionCorrelationDataProvider();
    }

    @Bean(MetadataVersionTargetResolver.BEAN_NAME)
    MetadataVersionTargetResolver metadataVersionTargetResolver() {
        return new MetadataVersionTargetResolver();
    }

    @Bean
    IdempotencyStore idempotencyStore(JdbcTemplate jdbcTemplate, Clock clock) {
        return new IdempotencyStore(jdbcTemplate, clock);
    }

    /** Every command handled runs through the platform's interceptors: registered on the bus as it is created. */
    @Bean
    static BeanPostProcessor commandInterceptorsOnTheBus(ObjectProvider<IdempotencyStore> idempotencyStore,
                                                         ObjectProvider<MeterRegistry> meterRegistry) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof CommandBus commandBus) {
                    CommandInterceptors.register(commandBus, idempotencyStore.getObject(), meterRegistry.getObject());
                }
                return bean;
            }
        };
    }

    @Bean
    CommandDispatcher commandDispatcher(CommandGateway commandGateway, EventStore eventStore,
                                        ActorResolver actorResolver, IdempotencyStore idempotencyStore,
                                        ObjectMapper objectMapper, FirstDecisions firstDecisions) {
        return new CommandDispatcher(commandGateway, eventStore, actorResolver, idempotencyStore, objectMapper,
                firstDecisions);
    }
}
