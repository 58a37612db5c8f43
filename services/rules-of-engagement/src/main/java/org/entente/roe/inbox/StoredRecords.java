package org.entente.roe.inbox;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * Whether a profile or caveat record exists in this service's event store. Reactions ask before sending a command: an
 * operation without a profile, or a nation without caveats, has nothing to cascade to.
 */
@Component
public class StoredRecords {

    private final EventStore eventStore;

    public StoredRecords(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    public boolean exists(String aggregateId) {
        return eventStore.lastSequenceNumberFor(aggregateId).isPresent();
    }
}
