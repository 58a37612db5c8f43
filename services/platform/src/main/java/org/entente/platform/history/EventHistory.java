package org.entente.platform.history;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.entente.platform.decision.Actor;
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
    private final CurrentReader reader;

    public EventHistory(EventStore eventStore, JdbcTemplate jdbc) {
        this(eventStore, jdbc, CurrentReader.NONE);
    }

    /** A history that shows each reader only what is releasable to them ({@link Releasability}). */
    public EventHistory(EventStore eventStore, JdbcTemplate jdbc, CurrentReader reader) {
        this.eventStore = eventStore;
        this.jdbc = jdbc;
        this.reader = reader;
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

    /**
     * The history as the current reader may see it, or an empty list when there is none (yet, or for them). A record
     * whose first event the reader may not see does not exist for them; of the others, the events not releasable to
     * them are left out, so every view and history built from here is filtered the same way.
     */
    public List<RecordedEvent> ofPossiblyEmpty(String aggregateId) {
        List<RecordedEvent> all = eventStore.readEvents(aggregateId, 0).asStream().map(RecordedEvent::of).toList();
        Actor actor = reader.get().orElse(null);
        if (actor == null || all.isEmpty()) {
            return all;
        }
        if (!Releasability.visibleTo(actor, all.get(0).decision())) {
            return List.of();
        }
        return all.stream().filter(event -> Releasability.visibleTo(actor, event.decision())).toList();
    }
}
