package org.entente.membership.member;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.entente.platform.decision.DecisionOfConsequence;

/** A member leaves the coalition (a decision of consequence: why and on whose authority). */
@DecisionOfConsequence
public record WithdrawMember(@TargetAggregateIdentifier String coalitionId, String nation) {
}
