package org.entente.commandstructure.tasking;

public record TaskingVetoed(String operationId, String coalitionId, String taskingId, String forceId, String nation,
                            String redCardHolder, String reason) implements TaskingEvent {
}
