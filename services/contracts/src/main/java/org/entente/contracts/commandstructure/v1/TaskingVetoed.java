package org.entente.contracts.commandstructure.v1;

/** The red-card holder refused the tasking; the force does not carry it out. */
public record TaskingVetoed(String operationId, String coalitionId, String taskingId, String forceId, String nation,
                            String redCardHolder, String reason) {
}
