package org.entente.roe.profile;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Establishes the ROE profile of an operation this service knows of, in its coalition's exercise. */
public record EstablishProfile(@TargetAggregateIdentifier String operationId) {
}
