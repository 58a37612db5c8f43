package org.entente.membership.member;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.entente.platform.decision.DecisionOfConsequence;

/** Suspends a member's rights in the coalition (a decision of consequence: why and on whose authority). */
@DecisionOfConsequence
public record SuspendMember(@TargetAggregateIdentifier String coalitionId, String nation) {
}
