package org.entente.basing.agreement;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Closes the agreement for good; as a cascade (coalition dissolved) an ended agreement is left as it is. */
public record CloseBasingAgreement(@TargetAggregateIdentifier String agreementId, ClosureCause cause) {
}
