package org.entente.roe.profile;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.entente.platform.decision.DecisionOfConsequence;

/** The political or military authority named in the decision authorises a requested measure. */
@DecisionOfConsequence
public record AuthoriseMeasure(@TargetAggregateIdentifier String operationId, String requestId) {
}
