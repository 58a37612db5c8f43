package org.entente.basing.clearance;

public record ClearanceSuspended(String clearanceId, String coalitionId, String userNation, String grantingNation,
                                 ClearanceKind kind, ClearanceStatus status,
                                 ClearanceSuspensionCause cause) implements ClearanceEvent {
}
