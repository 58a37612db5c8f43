package org.entente.basing.agreement;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Suspends the agreement; as a cascade (a member event) it asks only for what is due. */
public record SuspendBasingAgreement(@TargetAggregateIdentifier String agreementId, SuspensionCause cause,
                                     String reason) {
}
