package org.entente.platform.inbox;

import org.entente.contracts.EventEnvelope;

/** What a {@link Reaction} may do with an event: send commands on its behalf. */
public interface ReactionContext {

    /** The event being reacted to. */
    EventEnvelope cause();

    /**
     * Sends a command in the inbox's transaction and waits for its result. Its decision metadata: actor = this
     * service, causation id = the event's id, correlation id and exercise id = the event's, effective time = the
     * event's, authority = the event type and id, rationale = {@code rationale}.
     */
    <R> R send(Object command, String rationale);
}
