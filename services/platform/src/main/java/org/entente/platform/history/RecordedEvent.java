package org.entente.platform.history;

import org.axonframework.eventhandling.DomainEventMessage;
import org.entente.platform.decision.Decision;
import org.entente.platform.decision.DecisionMetadata;

import java.time.Instant;

/**
 * One event as the store holds it: its place in the aggregate's history, when it was recorded, the decision behind
 * it, and its payload.
 */
public record RecordedEvent(
        String eventId,
        String aggregateId,
        String aggregateType,
        long sequence,
        Instant recordedTime,
        Decision decision,
        String hash,
        Object payload) {

    public static RecordedEvent of(DomainEventMessage<?> event) {
        Object hash = event.getMetaData().get(DecisionMetadata.HASH);
        return new RecordedEvent(event.getIdentifier(), event.getAggregateIdentifier(), event.getType(),
                event.getSequenceNumber(), event.getTimestamp(), Decision.from(event.getMetaData()),
                hash == null ? null : hash.toString(), event.getPayload());
    }

    /** When what the event states became true in the world; the recorded time unless the decision said otherwise. */
    public Instant effectiveTime() {
        return decision.effectiveTime() == null ? recordedTime : decision.effectiveTime();
    }

    /** The same event read with another payload: how a correction is applied to the entry it corrects. */
    public RecordedEvent withPayload(Object correctedPayload) {
        return new RecordedEvent(eventId, aggregateId, aggregateType, sequence, recordedTime, decision, hash,
                correctedPayload);
    }

    public String type() {
        return payload.getClass().getSimpleName();
    }
}
