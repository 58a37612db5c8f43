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
        return effective == null ? recorded() : Instant.parse(effective.toString());
    }

    /**
     * When the command is recorded: the clock Axon stamps its events with. Rules that must not be bent by a backdated
     * or future-dated effective time (lead times, expiry, entry into force) compare with this.
     */
    public static Instant recorded() {
        return GenericEventMessage.clock.instant();
    }
}
