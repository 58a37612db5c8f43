package org.entente.contracts.basing.v1;

/**
 * A granted or pending clearance no longer counts while the granting state is out of the coalition.
 *
 * @param cause MEMBER_WITHDRAWN or MEMBER_SUSPENDED
 */
public record ClearanceSuspended(String clearanceId, String coalitionId, String userNation, String grantingNation,
                                 String kind, String status, String cause) {
}
