package org.entente.commandstructure.tasking;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The red-card holder refuses the tasking for the nation's forces. */
public record VetoTasking(@TargetAggregateIdentifier String operationId, String taskingId, String reason) {
}
