package org.entente.contracts.commandstructure.v1;

/** An operation of a coalition; it belongs to the coalition's exercise (envelope exerciseId), if any. */
public record OperationEstablished(String operationId, String coalitionId, String name) {
}
