package org.entente.platform.history;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.entente.platform.eventstore.HashChain;
import org.entente.platform.verification.VerificationController;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What was recorded, read back: each aggregate's history as its reader may see it, and its hash chain verified. A
 * service without web security (a tool, a test) reads as nobody in particular ({@link CurrentReader#NONE}).
 */
@AutoConfiguration
public class HistoryAutoConfiguration {

    @Bean
    FirstDecisions firstDecisions(EventStore eventStore) {
        return new FirstDecisions(eventStore);
    }

    @Bean
    EventHistory eventHistory(EventStore eventStore, JdbcTemplate jdbcTemplate, ObjectProvider<CurrentReader> reader) {
        return new EventHistory(eventStore, jdbcTemplate, reader.getIfAvailable(() -> CurrentReader.NONE));
    }

    @Bean
    VerificationController verificationController(EventStore eventStore, HashChain hashChain,
                                                  ObjectProvider<CurrentReader> reader) {
        return new VerificationController(eventStore, hashChain, reader.getIfAvailable(() -> CurrentReader.NONE));
    }
}
