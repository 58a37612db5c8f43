package org.entente.commandstructure.tasking;

import org.entente.commandstructure.authority.TaskingKind;

import java.util.List;

public record RedCardPolicySet(String operationId, String coalitionId, String nation, String holder,
                               List<TaskingKind> taskingKinds) {

    public RedCardPolicySet {
        taskingKinds = taskingKinds == null ? List.of() : List.copyOf(taskingKinds);
    }
}
