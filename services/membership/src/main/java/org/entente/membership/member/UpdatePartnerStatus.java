package org.entente.membership.member;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record UpdatePartnerStatus(@TargetAggregateIdentifier String coalitionId, String nation, PartnerRole role,
                                  Governance governance) {
}
