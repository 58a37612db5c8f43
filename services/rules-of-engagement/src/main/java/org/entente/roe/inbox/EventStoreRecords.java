package org.entente.roe.inbox;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/** {@link StoredRecords} as the event store knows them: a record exists once it has an event. */
@Component
public class EventStoreRecords implements StoredRecords {

    private final EventStore eventStore;

    public EventStoreRecords(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    @Override
    public boolean exists(String aggregateId) {
        return eventStore.lastSequenceNumberFor(aggregateId).isPresent();
    }
}
