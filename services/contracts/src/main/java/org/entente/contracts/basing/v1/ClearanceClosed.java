package org.entente.contracts.basing.v1;

/** The last event of a clearance. @param cause COALITION_DISSOLVED */
public record ClearanceClosed(String clearanceId, String coalitionId, String userNation, String grantingNation,
                              String kind, String status, String cause) {
}
