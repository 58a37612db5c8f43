package org.entente.roe;

import org.axonframework.common.caching.Cache;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.entente.platform.eventstore.BoundedAggregateCache;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Keeps aggregate load cost flat as histories grow, as in the other services: recently used profiles and caveat
 * records stay in memory, and a snapshot is taken every so many events.
 */
@Configuration
class RulesOfEngagementConfiguration {

    @Bean
    Cache aggregateCache(@Value("${entente.aggregate-cache.size:5000}") int size) {
        return new BoundedAggregateCache(size);
    }

    @Bean
    SnapshotTriggerDefinition profileSnapshotTrigger(Snapshotter snapshotter,
                                                     @Value("${entente.snapshots.profile-every:250}") int every) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, every);
    }

    @Bean
    SnapshotTriggerDefinition caveatsSnapshotTrigger(Snapshotter snapshotter,
                                                     @Value("${entente.snapshots.caveats-every:100}") int every) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, every);
    }
}
