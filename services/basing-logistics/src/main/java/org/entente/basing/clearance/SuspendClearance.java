package org.entente.basing.clearance;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Cascade of the granting state leaving or being suspended from the coalition. */
public record SuspendClearance(@TargetAggregateIdentifier String clearanceId, ClearanceSuspensionCause cause) {
}
