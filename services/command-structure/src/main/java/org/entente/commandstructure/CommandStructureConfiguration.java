package org.entente.commandstructure;

import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.entente.commandstructure.directory.OperationDirectory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Keeps operation load cost flat as histories grow (beside the platform's cache, a snapshot every so many events), and
 * keeps the operation directory in the very transaction that records the events it lists.
 */
@Configuration
class CommandStructureConfiguration {

    @Bean
    SnapshotTriggerDefinition operationSnapshotTrigger(Snapshotter snapshotter,
                                                       @Value("${entente.snapshots.operation-every:250}") int every) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, every);
    }

    /**
     * Subscribing: the directory row is written when the events are appended, in the same transaction, so a reaction
     * finds an operation as soon as it exists. A failure propagates and rolls the command back rather than being
     * logged and skipped (which would leave an operation the reactions never find).
     */
    @Autowired
    void operationDirectoryInTheCommandTransaction(EventProcessingConfigurer processing) {
        processing.registerSubscribingEventProcessor(OperationDirectory.PROCESSOR)
                .registerListenerInvocationErrorHandler(OperationDirectory.PROCESSOR,
                        configuration -> PropagatingErrorHandler.instance());
    }
}
