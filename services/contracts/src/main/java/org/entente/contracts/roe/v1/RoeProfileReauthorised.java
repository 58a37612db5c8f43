package org.entente.contracts.roe.v1;

/** The review after a mandate expansion is over; the envelope's {@code authority} names who decided. */
public record RoeProfileReauthorised(String operationId, String coalitionId) {
}
