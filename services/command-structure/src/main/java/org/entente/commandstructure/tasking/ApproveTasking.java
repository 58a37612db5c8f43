package org.entente.commandstructure.tasking;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The red-card holder lets the tasking go ahead; the decision's rationale says why. */
public record ApproveTasking(@TargetAggregateIdentifier String operationId, String taskingId) {
}
