package org.entente.contracts.roe.v1;

/** @param cause OPERATION_CLOSED, COALITION_DISSOLVED */
public record RoeProfileClosed(String operationId, String coalitionId, String cause) {
}
