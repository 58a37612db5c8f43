package org.entente.commandstructure.operation;

public record OperationClosed(String operationId, String coalitionId, ClosureCause cause) {
}
