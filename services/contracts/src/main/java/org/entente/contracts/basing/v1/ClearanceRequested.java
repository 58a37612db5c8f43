package org.entente.contracts.basing.v1;

import java.time.Instant;

/**
 * A user nation asked a granting state for diplomatic clearance (overflight, landing) of its state aircraft.
 *
 * @param kind               PER_FLIGHT or ANNUAL
 * @param purpose            OVERFLIGHT, LANDING or OVERFLIGHT_AND_LANDING
 * @param requiredNoticeDays the granting state lead time, in days
 * @param shortNotice        asked with less notice than the lead time (accepted only as urgent)
 */
public record ClearanceRequested(String clearanceId, String coalitionId, String userNation, String grantingNation,
                                 String kind, String status, String purpose, String aircraft, Instant firstUseAt,
                                 int requiredNoticeDays, boolean shortNotice) {
}
