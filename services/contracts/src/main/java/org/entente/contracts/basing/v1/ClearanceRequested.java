package org.entente.contracts.basing.v1;

import org.entente.contracts.Bounded;
import org.entente.contracts.Bounds;

import java.time.Instant;

/**
 * A user nation asked a granting state for diplomatic clearance (overflight, landing) of its state aircraft.
 *
 * @param kind               PER_FLIGHT or ANNUAL
 * @param purpose            OVERFLIGHT, LANDING or OVERFLIGHT_AND_LANDING
 * @param requiredNoticeDays the granting state lead time, in days
 * @param shortNotice        asked with less notice than the lead time (accepted only as urgent)
 */
public record ClearanceRequested(@Bounded(length = Bounds.ID) String clearanceId,
                                 @Bounded(length = Bounds.ID) String coalitionId,
                                 @Bounded(length = Bounds.NATION) String userNation,
                                 @Bounded(length = Bounds.NATION) String grantingNation,
                                 @Bounded(length = Bounds.CODE) String kind,
                                 @Bounded(length = Bounds.CODE) String status,
                                 @Bounded(length = Bounds.CODE) String purpose,
                                 @Bounded(length = Bounds.LABEL) String aircraft,
                                 Instant firstUseAt,
                                 int requiredNoticeDays,
                                 boolean shortNotice) implements BasingLogisticsEventV1 {
}
