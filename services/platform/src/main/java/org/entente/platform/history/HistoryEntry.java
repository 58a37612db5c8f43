package org.entente.platform.history;

import java.time.Instant;
import java.util.List;

/**
 * One decision in a history, as auditors read it: what happened (type and payload), where it sits (sequence), when
 * it was recorded and when it took effect, who decided, why and on whose authority, what it descends from, and the
 * hash that chains it to its predecessor.
 */
public record HistoryEntry(
        String eventId,
        long sequence,
        String type,
        Instant recordedTime,
        Instant effectiveTime,
        Instant gameTime,
        String actor,
        String actorNation,
        List<String> actorRoles,
        String rationale,
        String authority,
        String correlationId,
        String causationId,
        String exerciseId,
        List<String> releasableTo,
        String hash,
        Object payload) {

    public static HistoryEntry of(RecordedEvent event) {
        var decision = event.decision();
        return new HistoryEntry(event.eventId(), event.sequence(), event.type(), event.recordedTime(),
                event.effectiveTime(), decision.gameTime(), decision.actor(), decision.actorNation(),
                decision.actorRoles(), decision.rationale(), decision.authority(), decision.correlationId(),
                decision.causationId(), decision.exerciseId(), decision.releasableTo(), event.hash(), event.payload());
    }
}
