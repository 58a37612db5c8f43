package org.entente.contracts.basing.v1;

/** The granting state refused. */
public record ClearanceDenied(String clearanceId, String coalitionId, String userNation, String grantingNation,
                              String kind, String status, String reason) {
}
