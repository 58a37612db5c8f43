package org.entente.membership.member;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record EndPartnerAssociation(@TargetAggregateIdentifier String coalitionId, String nation) {
}
