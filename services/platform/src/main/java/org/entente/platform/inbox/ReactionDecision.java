package org.entente.platform.inbox;

import org.entente.contracts.EventEnvelope;
import org.entente.platform.decision.Decision;

/**
 * The decision a reaction's command carries: the reacting service as actor, the upstream event as its cause and
 * authority, the event's correlation, effective and game time, exercise and releasability.
 */
public final class ReactionDecision {

    private ReactionDecision() {
    }

    public static Decision of(String service, EventEnvelope cause, String rationale) {
        return Decision.byService(service)
                .rationale(rationale)
                .authority(cause.type() + " " + cause.id())
                .effectiveTime(cause.effectiveTime())
                .correlationId(cause.correlationId() == null ? cause.id() : cause.correlationId())
                .causationId(cause.id())
                .exerciseId(cause.exerciseId())
                .gameTime(cause.gameTime())
                .releasableTo(cause.releasableTo())
                .build();
    }
}
