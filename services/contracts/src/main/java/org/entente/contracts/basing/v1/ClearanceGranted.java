package org.entente.contracts.basing.v1;

import java.time.Instant;
import java.util.List;

/** Granted under a clearance number, until {@code validUntil}, with the granting state conditions. */
public record ClearanceGranted(String clearanceId, String coalitionId, String userNation, String grantingNation,
                               String kind, String status, String clearanceNumber, Instant validUntil,
                               List<String> conditions) {
}
