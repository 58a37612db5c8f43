package org.entente.commandstructure.tasking;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.entente.commandstructure.authority.TaskingKind;

import java.util.List;

/**
 * A nation names its red-card holder in the operation and the tasking kinds of its forces that need the holder's
 * approval; it replaces the nation's earlier policy. An empty list needs no approval at all.
 */
public record SetRedCardPolicy(@TargetAggregateIdentifier String operationId, String nation, String holder,
                               List<TaskingKind> taskingKinds) {

    public SetRedCardPolicy {
        taskingKinds = taskingKinds == null ? List.of() : List.copyOf(taskingKinds);
    }
}
