package org.entente.commandstructure.authority;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The force's nation takes it back under national command, at any time and for its own reasons. */
public record RecallForce(@TargetAggregateIdentifier String operationId, String forceId, String reason) {
}
