package org.entente.contracts.basing.v1;

/** A granted clearance reached its end. */
public record ClearanceExpired(String clearanceId, String coalitionId, String userNation, String grantingNation,
                               String kind, String status) {
}
