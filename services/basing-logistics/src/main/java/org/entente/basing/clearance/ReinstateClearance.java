package org.entente.basing.clearance;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record ReinstateClearance(@TargetAggregateIdentifier String clearanceId) {
}
