package org.entente.commandstructure.tasking;

import org.entente.commandstructure.authority.TaskingKind;

public record TaskingAwaitingApproval(String operationId, String coalitionId, String taskingId, String nodeId,
                                      String forceId, String nation, TaskingKind kind, String function, String area,
                                      String description, String redCardHolder) implements TaskingEvent {
}
