package org.entente.membership.member;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record ReinstateMember(@TargetAggregateIdentifier String coalitionId, String nation) {
}
