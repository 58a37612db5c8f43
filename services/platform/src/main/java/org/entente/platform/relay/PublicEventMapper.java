package org.entente.platform.relay;

import org.axonframework.eventhandling.DomainEventMessage;

import java.util.Optional;

/**
 * A service's translation of its internal events into its public contract. Internal events may change freely; the
 * public ones are versioned in the contracts module.
 */
public interface PublicEventMapper {

    /** The topic the service publishes to. */
    String topic();

    /** The CloudEvents source of the service, e.g. {@code /entente/membership}. */
    String source();

    /**
     * @return the public form of {@code event}, or empty when the event type is deliberately internal
     * @throws IllegalArgumentException for an event type the mapper does not know: the relay stops and retries rather
     *                                  than skip it, because skipping would lose it for every consumer
     */
    Optional<PublicEvent> toPublic(DomainEventMessage<?> event);
}
