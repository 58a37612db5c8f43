package org.entente.membership;

import org.axonframework.common.caching.Cache;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.entente.platform.eventstore.BoundedAggregateCache;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Keeps aggregate load cost flat as histories grow: the most recently used aggregates stay in memory, and a snapshot
 * is taken every so many events, so a load after a restart or an eviction reads a snapshot and a short tail.
 */
@Configuration
class MembershipConfiguration {

    @Bean
    Cache aggregateCache(@Value("${entente.aggregate-cache.size:5000}") int size) {
        return new BoundedAggregateCache(size);
    }

    @Bean
    SnapshotTriggerDefinition coalitionSnapshotTrigger(Snapshotter snapshotter,
                                                       @Value("${entente.snapshots.coalition-every:250}") int every) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, every);
    }

    @Bean
    SnapshotTriggerDefinition supportSnapshotTrigger(Snapshotter snapshotter,
                                                     @Value("${entente.snapshots.support-every:100}") int every) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, every);
    }
}
