package org.entente.basing.sustainment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Cascade of the basing agreement the request goes through being revoked, suspended, restricted, expired or closed. */
public record ReflagSustainment(@TargetAggregateIdentifier String requestId, String agreementId, ReflagCause cause) {
}
