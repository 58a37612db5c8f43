package org.entente.contracts.commandstructure.v1;

/** The red-card holder approved the tasking; it is now in force. Why: the envelope's rationale. */
public record TaskingApproved(String operationId, String coalitionId, String taskingId, String forceId, String nation,
                              String redCardHolder) {
}
