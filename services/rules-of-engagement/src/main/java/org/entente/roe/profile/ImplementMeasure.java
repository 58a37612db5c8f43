package org.entente.roe.profile;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** An authorised measure is put into effect: the forces are told. */
public record ImplementMeasure(@TargetAggregateIdentifier String operationId, String requestId) {
}
