package org.entente.basing.clearance;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Cascade of the coalition dissolving; an ended clearance is left as it is. */
public record CloseClearance(@TargetAggregateIdentifier String clearanceId, ClearanceClosureCause cause) {
}
