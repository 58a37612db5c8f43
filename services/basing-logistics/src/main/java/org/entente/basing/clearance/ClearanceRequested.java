package org.entente.basing.clearance;

import java.time.Instant;

public record ClearanceRequested(String clearanceId, String coalitionId, String userNation, String grantingNation,
                                 ClearanceKind kind, ClearanceStatus status, ClearancePurpose purpose, String aircraft,
                                 Instant firstUseAt, int requiredNoticeDays,
                                 boolean shortNotice) implements ClearanceEvent {
}
