package org.entente.commandstructure.operation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Closes the operation: every force returns to national command first; nothing changes afterwards. */
public record CloseOperation(@TargetAggregateIdentifier String operationId, ClosureCause cause) {
}
