package org.entente.basing.agreement;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Extends the agreement to a later end. */
public record RenewBasingAgreement(@TargetAggregateIdentifier String agreementId, Instant validUntil) {
}
