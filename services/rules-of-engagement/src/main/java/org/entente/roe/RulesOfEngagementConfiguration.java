package org.entente.roe;

import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Keeps aggregate load cost flat as histories grow, as in the other services: beside the platform's cache of recently
 * used aggregates, a snapshot every so many events.
 */
@Configuration
class RulesOfEngagementConfiguration {

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
