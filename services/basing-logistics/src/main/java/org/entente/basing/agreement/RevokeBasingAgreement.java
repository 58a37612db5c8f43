package org.entente.basing.agreement;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.entente.platform.decision.DecisionOfConsequence;

/** The host withdraws its consent for good: over HTTP, only with the decision's rationale and authority. */
@DecisionOfConsequence
public record RevokeBasingAgreement(@TargetAggregateIdentifier String agreementId, String reason) {
}
