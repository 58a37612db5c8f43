package org.entente.basing.clearance;

public record ClearanceClosed(String clearanceId, String coalitionId, String userNation, String grantingNation,
                              ClearanceKind kind, ClearanceStatus status,
                              ClearanceClosureCause cause) implements ClearanceEvent {
}
