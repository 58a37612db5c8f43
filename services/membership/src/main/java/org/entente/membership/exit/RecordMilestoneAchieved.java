package org.entente.membership.exit;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RecordMilestoneAchieved(@TargetAggregateIdentifier String coalitionId, String milestoneId) {
}
