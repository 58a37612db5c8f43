package org.entente.commandstructure.tasking;

public record TaskingEnded(String operationId, String coalitionId, String taskingId, String forceId,
                           TaskingEndCause cause) implements TaskingEvent {
}
