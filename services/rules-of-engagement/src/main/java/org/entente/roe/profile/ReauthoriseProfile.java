package org.entente.roe.profile;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.entente.platform.decision.DecisionOfConsequence;

/** After a mandate expansion, the authority confirms the profile as it stands; clears the review. */
@DecisionOfConsequence
public record ReauthoriseProfile(@TargetAggregateIdentifier String operationId) {
}
