package org.entente.basing.clearance;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.List;

/** The granting state gave a clearance number, valid until {@code validUntil}, under conditions. */
public record GrantClearance(@TargetAggregateIdentifier String clearanceId, String clearanceNumber, Instant validUntil,
                             List<String> conditions) {
}
