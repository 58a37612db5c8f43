package org.entente.platform.inbox;

import org.entente.contracts.EventEnvelope;

/**
 * How a service reacts to another service's public events. The inbox calls every reaction registered for a topic, in
 * {@link org.springframework.core.annotation.Order order}, once per event, inside one transaction that also advances
 * the watermark of the event's subject: either the reaction and the watermark are both stored, or neither is.
 * <p>
 * Events the reaction has no interest in are simply ignored (return). To refuse an event, throw: {@link Poison} (or any
 * {@link IllegalArgumentException}, {@link org.entente.platform.domain.RuleViolation}) sends it to the dead-letter
 * topic with the reason; anything else is treated as transient (database down, ...) and retried.
 */
public interface Reaction {

    /** The public topic this reaction listens to, e.g. {@link org.entente.contracts.Topics#MEMBERSHIP_V1}. */
    String topic();

    /**
     * Reacts to one event. Commands sent through {@code context} carry the event's id as causation id, its
     * correlation id and exercise id, and the reacting service as actor.
     */
    void react(EventEnvelope event, ReactionContext context);
}
