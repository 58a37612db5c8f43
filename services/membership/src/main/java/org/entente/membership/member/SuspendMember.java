package org.entente.membership.member;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record SuspendMember(@TargetAggregateIdentifier String coalitionId, String nation) {
}
