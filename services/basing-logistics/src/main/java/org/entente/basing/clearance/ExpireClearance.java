package org.entente.basing.clearance;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records that a granted clearance reached its end. */
public record ExpireClearance(@TargetAggregateIdentifier String clearanceId) {
}
