package org.entente.membership.exit;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

public record RecordMilestoneSlipped(@TargetAggregateIdentifier String coalitionId, String milestoneId,
                                     LocalDate newTargetDate, String reason) {
}
