package org.entente.membership.coalition;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.entente.platform.decision.DecisionOfConsequence;

/** Ends the coalition (a decision of consequence: why and on whose authority). */
@DecisionOfConsequence
public record DissolveCoalition(@TargetAggregateIdentifier String coalitionId) {
}
