package org.entente.platform.history;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.entente.platform.web.NotFound;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;

/**
 * Reads an aggregate's history straight from the event store, always from sequence 0: the plain read would start at
 * the latest snapshot, and history and as-of queries need every event.
 */
public class EventHistory {

    private final EventStore eventStore;
    private final JdbcTemplate jdbc;

    public EventHistory(EventStore eventStore, JdbcTemplate jdbc) {
        this.eventStore = eventStore;
        this.jdbc = jdbc;
    }

    /** Ids of the aggregates of one type, oldest first, one page of them (pages count from 0). */
    public List<String> aggregateIds(String aggregateType, int page, int size) {
        return jdbc.queryForList("SELECT aggregate_identifier FROM domain_event_entry WHERE type = ? AND sequence_number = 0"
                + " ORDER BY global_index LIMIT ? OFFSET ?", String.class, aggregateType, size, (long) page * size);
    }

    public long countAggregates(String aggregateType) {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM domain_event_entry WHERE type = ? AND sequence_number = 0",
                Long.class, aggregateType);
        return count == null ? 0 : count;
    }

    /** @throws NotFound when the aggregate has no events */
    public List<RecordedEvent> of(String aggregateId, String what) {
        List<RecordedEvent> events = ofPossiblyEmpty(aggregateId);
        if (events.isEmpty()) {
            throw new NotFound("no " + what + " " + aggregateId);
        }
        return events;
    }

    /** The history, or an empty list when there is none yet. */
    public List<RecordedEvent> ofPossiblyEmpty(String aggregateId) {
        return eventStore.readEvents(aggregateId, 0).asStream().map(RecordedEvent::of).toList();
    }
}
