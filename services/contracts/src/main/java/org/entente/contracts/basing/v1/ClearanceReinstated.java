package org.entente.contracts.basing.v1;

/** The suspension ended; {@code status} is the status before it. */
public record ClearanceReinstated(String clearanceId, String coalitionId, String userNation, String grantingNation,
                                  String kind, String status) {
}
