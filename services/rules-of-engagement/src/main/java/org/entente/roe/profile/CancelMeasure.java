package org.entente.roe.profile;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A measure is withdrawn from the profile, at any step before it ended. */
public record CancelMeasure(@TargetAggregateIdentifier String operationId, String requestId, String reason) {
}
