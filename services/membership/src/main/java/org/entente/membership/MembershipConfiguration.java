package org.entente.membership;

import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Keeps aggregate load cost flat as histories grow: beside the platform's cache of recently used aggregates, a
 * snapshot every so many events, so a load after a restart or an eviction reads a snapshot and a short tail.
 */
@Configuration
class MembershipConfiguration {

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
