package org.entente.platform.relay;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;

import java.util.Map;
import java.util.OptionalLong;

/** How many stored events the relay has not yet published: the head of the store minus the relay's position. */
public class RelayLag {

    private final EventStore eventStore;
    private final EventProcessingConfiguration processing;

    public RelayLag(EventStore eventStore, EventProcessingConfiguration processing) {
        this.eventStore = eventStore;
        this.processing = processing;
    }

    /** The lag in events, or -1 while unknown (the relay has not started yet). */
    public long events() {
        TrackingToken head = eventStore.createHeadToken();
        OptionalLong headPosition = head == null ? OptionalLong.of(0) : head.position();
        OptionalLong relayPosition = relayPosition();
        if (headPosition.isEmpty()) {
            return -1;
        }
        if (relayPosition.isEmpty()) {
            return headPosition.getAsLong() == 0 ? 0 : -1;
        }
        return Math.max(0, headPosition.getAsLong() - relayPosition.getAsLong());
    }

    private OptionalLong relayPosition() {
        return processing.eventProcessor(KafkaRelay.PROCESSOR, TrackingEventProcessor.class)
                .map(TrackingEventProcessor::processingStatus)
                .map(Map::values)
                .flatMap(statuses -> statuses.stream().findFirst())
                .map(EventTrackerStatus::getCurrentPosition)
                .orElse(OptionalLong.empty());
    }
}
