package org.entente.roe.view;

import org.entente.platform.history.RecordedEvent;

import java.time.Instant;

/**
 * One step in the life of a measure, caveat or profile: who took it, for which nation, on whose authority and why,
 * when it took effect and when it was recorded.
 */
public record Step(String eventId, String actor, String actorNation, String authority, String rationale,
                   Instant effectiveTime, Instant recordedTime) {

    static Step of(RecordedEvent event) {
        var decision = event.decision();
        return new Step(event.eventId(), decision.actor(), decision.actorNation(), decision.authority(),
                decision.rationale(), event.effectiveTime(), event.recordedTime());
    }
}
