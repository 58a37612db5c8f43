package org.entente.commandstructure.tasking;

public record TaskingApproved(String operationId, String coalitionId, String taskingId, String forceId, String nation,
                              String redCardHolder) implements TaskingEvent {
}
