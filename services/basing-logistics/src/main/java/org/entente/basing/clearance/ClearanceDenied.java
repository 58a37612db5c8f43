package org.entente.basing.clearance;

public record ClearanceDenied(String clearanceId, String coalitionId, String userNation, String grantingNation,
                              ClearanceKind kind, ClearanceStatus status, String reason) implements ClearanceEvent {
}
