package org.entente.platform.decision;

import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MetaData;

import java.time.Instant;

/**
 * When a decision takes effect, for rules that compare it with dates in the record (time windows, lead times,
 * expiry): the decision's effective time, else when it is recorded.
 */
public final class DecisionTime {

    private DecisionTime() {
    }

    /** A command's: its decision's effective time, else now by the clock Axon stamps events with. */
    public static Instant of(MetaData metaData) {
        return of(metaData, recorded());
    }

    /** A recorded event's: its decision's effective time, else {@code recordedAt}, when it was recorded. */
    public static Instant of(MetaData metaData, Instant recordedAt) {
        Object effective = metaData.get(DecisionMetadata.EFFECTIVE_TIME);
        return effective == null ? recordedAt : Instant.parse(effective.toString());
    }

    /**
     * When the command is recorded: the clock Axon stamps its events with. Rules that must not be bent by a backdated
     * or future-dated effective time (lead times, expiry, entry into force) compare with this.
     */
    public static Instant recorded() {
        return GenericEventMessage.clock.instant();
    }
}
