package org.entente.contracts.commandstructure.v1;

/**
 * A pending or issued tasking lapsed because the authority it relied on is gone.
 *
 * @param cause FORCE_RECALLED, RETURNED_TO_NATIONAL_COMMAND, AUTHORITY_CHANGED, OPERATION_CLOSED
 */
public record TaskingEnded(String operationId, String coalitionId, String taskingId, String forceId, String cause) {
}
