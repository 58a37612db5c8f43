package org.entente.roe.profile;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The political or military authority named in the decision authorises a requested measure. */
public record AuthoriseMeasure(@TargetAggregateIdentifier String operationId, String requestId) {
}
