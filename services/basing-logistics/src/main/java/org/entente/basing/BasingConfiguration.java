package org.entente.basing;

import org.axonframework.common.caching.Cache;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.entente.basing.clearance.ClearanceLeadTimes;
import org.entente.basing.directory.DirectoryProjection;
import org.entente.platform.eventstore.BoundedAggregateCache;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Agreements, clearances, routes and requests have short histories, so a cache of recently used aggregates is enough
 * to keep loads cheap (no snapshots). The directory is kept by a subscribing processor whose errors propagate: its rows
 * then commit with the events or not at all.
 */
@Configuration
class BasingConfiguration {

    // One cache per kind of record: a shared one would hand a command naming a route's id the cached route itself,
    // which has no handler for it (500); from its own cache each aggregate loads the foreign history and answers 404.

    @Bean
    Cache agreementCache(@Value("${entente.aggregate-cache.size:5000}") int size) {
        return new BoundedAggregateCache(size);
    }

    @Bean
    Cache clearanceCache(@Value("${entente.aggregate-cache.size:5000}") int size) {
        return new BoundedAggregateCache(size);
    }

    @Bean
    Cache routeCache(@Value("${entente.aggregate-cache.size:5000}") int size) {
        return new BoundedAggregateCache(size);
    }

    @Bean
    Cache sustainmentCache(@Value("${entente.aggregate-cache.size:5000}") int size) {
        return new BoundedAggregateCache(size);
    }

    @Bean
    ClearanceLeadTimes clearanceLeadTimes() {
        return ClearanceLeadTimes.fromClasspath();
    }

    @Bean
    ConfigurerModule basingDirectoryProcessor() {
        return configurer -> configurer.eventProcessing()
                .registerSubscribingEventProcessor(DirectoryProjection.GROUP)
                .registerListenerInvocationErrorHandler(DirectoryProjection.GROUP,
                        configuration -> PropagatingErrorHandler.instance());
    }
}
