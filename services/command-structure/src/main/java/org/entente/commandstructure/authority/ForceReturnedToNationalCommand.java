package org.entente.commandstructure.authority;

public record ForceReturnedToNationalCommand(String operationId, String coalitionId, String forceId, String nation,
                                             ReturnCause cause) implements ForceEvent {
}
