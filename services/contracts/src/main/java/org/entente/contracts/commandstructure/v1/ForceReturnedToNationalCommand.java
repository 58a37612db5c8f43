package org.entente.contracts.commandstructure.v1;

/**
 * The force left coalition authority because of what happened to its nation or the operation.
 *
 * @param cause MEMBER_WITHDRAWN, MEMBER_SUSPENDED, OPERATION_CLOSED
 */
public record ForceReturnedToNationalCommand(String operationId, String coalitionId, String forceId, String nation,
                                             String cause) {
}
