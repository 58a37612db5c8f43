package org.entente.basing.theatre;

import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MetaData;
import org.entente.platform.decision.DecisionMetadata;

import java.time.Instant;

/**
 * When a decision takes effect, for rules that compare it with dates in the record (lead times, expiry): the
 * decision's effective time, else now by the clock Axon stamps events with.
 */
public final class DecisionTime {

    private DecisionTime() {
    }

    public static Instant of(MetaData metaData) {
        Object effective = metaData.get(DecisionMetadata.EFFECTIVE_TIME);
        return effective == null ? GenericEventMessage.clock.instant() : Instant.parse(effective.toString());
    }
}
