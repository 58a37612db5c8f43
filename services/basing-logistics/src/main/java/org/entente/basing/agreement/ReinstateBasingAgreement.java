package org.entente.basing.agreement;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record ReinstateBasingAgreement(@TargetAggregateIdentifier String agreementId) {
}
