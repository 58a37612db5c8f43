package org.entente.commandstructure.authority;

public record ForceRecalled(String operationId, String coalitionId, String forceId, String nation, String reason)
        implements ForceEvent {
}
