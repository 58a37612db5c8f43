package org.entente.contracts.commandstructure.v1;

/**
 * The last event of an operation; every force was returned to national command before it.
 *
 * @param cause COALITION_DISSOLVED, CONCLUDED
 */
public record OperationClosed(String operationId, String coalitionId, String cause) {
}
