package org.entente.commandstructure.operation;

import org.entente.commandstructure.authority.ReturnCause;

public record LeadNationVacated(String operationId, String coalitionId, String nation, ReturnCause cause) {
}
