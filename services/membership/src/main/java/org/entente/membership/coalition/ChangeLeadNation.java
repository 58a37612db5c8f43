package org.entente.membership.coalition;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record ChangeLeadNation(@TargetAggregateIdentifier String coalitionId, String leadNation) {
}
