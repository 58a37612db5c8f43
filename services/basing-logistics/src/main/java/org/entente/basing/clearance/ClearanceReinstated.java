package org.entente.basing.clearance;

public record ClearanceReinstated(String clearanceId, String coalitionId, String userNation, String grantingNation,
                                  ClearanceKind kind, ClearanceStatus status) implements ClearanceEvent {
}
