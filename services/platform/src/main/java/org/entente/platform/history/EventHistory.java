package org.entente.platform.history;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.entente.platform.web.NotFound;

import java.util.List;

/**
 * Reads an aggregate's history straight from the event store, always from sequence 0: the plain read would start at
 * the latest snapshot, and history and as-of queries need every event.
 */
public class EventHistory {

    private final EventStore eventStore;

    public EventHistory(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    /** @throws NotFound when the aggregate has no events */
    public List<RecordedEvent> of(String aggregateId, String what) {
        List<RecordedEvent> events = eventStore.readEvents(aggregateId, 0).asStream().map(RecordedEvent::of).toList();
        if (events.isEmpty()) {
            throw new NotFound("no " + what + " " + aggregateId);
        }
        return events;
    }

    /** The history, or an empty list when there is none yet. */
    public List<RecordedEvent> ofPossiblyEmpty(String aggregateId) {
        return eventStore.readEvents(aggregateId, 0).asStream().map(RecordedEvent::of).toList();
    }

    public boolean exists(String aggregateId) {
        return eventStore.lastSequenceNumberFor(aggregateId).isPresent();
    }
}
