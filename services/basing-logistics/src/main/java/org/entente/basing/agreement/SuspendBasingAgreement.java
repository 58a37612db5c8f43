package org.entente.basing.agreement;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.entente.platform.decision.DecisionOfConsequence;

/**
 * Suspends the agreement; as a cascade (a member event) it asks only for what is due. The host's own decision, over
 * HTTP, states its rationale and authority.
 */
@DecisionOfConsequence
public record SuspendBasingAgreement(@TargetAggregateIdentifier String agreementId, SuspensionCause cause,
                                     String reason) {
}
