package org.entente.basing.agreement;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records that the agreement reached its end (the decision takes effect at or after validUntil). */
public record ExpireBasingAgreement(@TargetAggregateIdentifier String agreementId) {
}
