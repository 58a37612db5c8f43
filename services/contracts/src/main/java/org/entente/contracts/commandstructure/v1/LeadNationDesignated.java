package org.entente.contracts.commandstructure.v1;

/** @param previousNation the nation that led before; null for the first designation or after a vacancy */
public record LeadNationDesignated(String operationId, String coalitionId, String nation, String previousNation) {
}
