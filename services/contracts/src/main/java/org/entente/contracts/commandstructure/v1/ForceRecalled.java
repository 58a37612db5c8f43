package org.entente.contracts.commandstructure.v1;

/** The force's nation took it back under national command (a nation keeps full command and may always do so). */
public record ForceRecalled(String operationId, String coalitionId, String forceId, String nation, String reason) {
}
