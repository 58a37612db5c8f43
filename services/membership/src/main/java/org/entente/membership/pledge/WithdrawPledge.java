package org.entente.membership.pledge;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record WithdrawPledge(@TargetAggregateIdentifier String coalitionId, String pledgeId) {
}
