package org.entente.platform.history;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.entente.platform.decision.Decision;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Who recorded each record's first event, and for whom: what decides whether a record exists for a reader (on reads,
 * writes and the live stream). It never changes once recorded, so the most recently asked are kept; a record is read
 * from the event store once, not on every command or streamed event.
 */
public class FirstDecisions {

    private static final int KEPT = 10_000;

    private final EventStore eventStore;
    private final Map<String, Decision> known = Collections.synchronizedMap(
            new LinkedHashMap<>(256, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Decision> eldest) {
                    return size() > KEPT;
                }
            });

    public FirstDecisions(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    /** The decision of the record's first event; empty for an id nothing was recorded under. */
    public Optional<Decision> of(String aggregateId) {
        Decision first = known.get(aggregateId);
        if (first != null) {
            return Optional.of(first);
        }
        Optional<Decision> read = eventStore.readEvents(aggregateId, 0).asStream().findFirst()
                .map(message -> Decision.from(message.getMetaData()));
        read.ifPresent(decision -> known.put(aggregateId, decision));
        return read;
    }
}
