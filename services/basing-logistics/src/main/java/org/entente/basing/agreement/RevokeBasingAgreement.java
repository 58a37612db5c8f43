package org.entente.basing.agreement;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The host withdraws its consent for good. */
public record RevokeBasingAgreement(@TargetAggregateIdentifier String agreementId, String reason) {
}
