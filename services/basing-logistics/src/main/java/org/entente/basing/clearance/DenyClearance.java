package org.entente.basing.clearance;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record DenyClearance(@TargetAggregateIdentifier String clearanceId, String reason) {
}
