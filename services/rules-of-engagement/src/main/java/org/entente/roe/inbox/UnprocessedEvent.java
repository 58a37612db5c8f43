package org.entente.roe.inbox;

/**
 * An event of another service's aggregate that this service's inbox could not process and dead-lettered: the read
 * model built from that aggregate may be missing what it said.
 *
 * @param topic   the topic it came from
 * @param subject the aggregate it belongs to (an operation id, a basing agreement id)
 */
public record UnprocessedEvent(String eventId, String topic, String subject, long sequence, String type,
                               String reason) {
}
