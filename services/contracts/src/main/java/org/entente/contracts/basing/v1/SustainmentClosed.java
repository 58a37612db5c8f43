package org.entente.contracts.basing.v1;

/** The last event of a request. @param cause COALITION_DISSOLVED or CANCELLED */
public record SustainmentClosed(String requestId, String coalitionId, String cause, String reason, String status) {
}
