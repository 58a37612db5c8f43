package org.entente.commandstructure.tasking;

import org.entente.commandstructure.authority.TaskingKind;

import java.util.List;

/** A nation's red-card policy in the operation: who holds the card, and which tasking kinds wait for them. */
public record RedCardPolicy(String nation, String holder, List<TaskingKind> taskingKinds) {

    public RedCardPolicy {
        taskingKinds = taskingKinds == null ? List.of() : List.copyOf(taskingKinds);
    }

    public static RedCardPolicy of(RedCardPolicySet event) {
        return new RedCardPolicy(event.nation(), event.holder(), event.taskingKinds());
    }

    public boolean needsApproval(TaskingKind kind) {
        return taskingKinds.contains(kind);
    }
}
