package org.entente.commandstructure.operation;

/** The operation's exercise is in the event's metadata, as on every event of the operation. */
public record OperationEstablished(String operationId, String coalitionId, String name) {
}
