package org.entente.commandstructure.tasking;

import org.entente.commandstructure.authority.TaskingKind;

public record TaskingIssued(String operationId, String coalitionId, String taskingId, String nodeId, String forceId,
                            String nation, TaskingKind kind, String function, String area, String description)
        implements TaskingEvent {
}
