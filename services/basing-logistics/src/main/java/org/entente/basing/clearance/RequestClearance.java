package org.entente.basing.clearance;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * Asks a granting state for clearance for a user nation state aircraft.
 *
 * @param urgent accept it with less notice than the granting state lead time (it is then flagged short notice)
 */
public record RequestClearance(@TargetAggregateIdentifier String clearanceId, String coalitionId, String userNation,
                               String grantingNation, ClearanceKind kind, ClearancePurpose purpose, String aircraft,
                               Instant firstUseAt, boolean urgent) {
}
