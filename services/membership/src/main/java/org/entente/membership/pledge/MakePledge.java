package org.entente.membership.pledge;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

public record MakePledge(@TargetAggregateIdentifier String coalitionId, String pledgeId, String nation,
                         PledgeCategory category, Amount amount, LocalDate dueDate, String description) {
}
