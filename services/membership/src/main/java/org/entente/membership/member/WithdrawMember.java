package org.entente.membership.member;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record WithdrawMember(@TargetAggregateIdentifier String coalitionId, String nation) {
}
