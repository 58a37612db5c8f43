package org.entente.basing.clearance;

import java.time.Instant;
import java.util.List;

public record ClearanceGranted(String clearanceId, String coalitionId, String userNation, String grantingNation,
                               ClearanceKind kind, ClearanceStatus status, String clearanceNumber, Instant validUntil,
                               List<String> conditions) implements ClearanceEvent {
}
