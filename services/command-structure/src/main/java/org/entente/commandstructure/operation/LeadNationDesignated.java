package org.entente.commandstructure.operation;

public record LeadNationDesignated(String operationId, String coalitionId, String nation, String previousNation) {
}
