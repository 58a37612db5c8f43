package org.entente.membership.member;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record AdmitMember(@TargetAggregateIdentifier String coalitionId, String nation) {
}
