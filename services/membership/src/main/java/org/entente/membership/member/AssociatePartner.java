package org.entente.membership.member;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record AssociatePartner(@TargetAggregateIdentifier String coalitionId, String nation, PartnerRole role,
                               Governance governance) {
}
