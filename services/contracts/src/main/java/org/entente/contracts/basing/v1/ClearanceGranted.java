package org.entente.contracts.basing.v1;

import org.entente.contracts.Bounded;
import org.entente.contracts.Bounds;

import java.time.Instant;
import java.util.List;

/** Granted under a clearance number, until {@code validUntil}, with the granting state conditions. */
public record ClearanceGranted(@Bounded(length = Bounds.ID) String clearanceId,
                               @Bounded(length = Bounds.ID) String coalitionId,
                               @Bounded(length = Bounds.NATION) String userNation,
                               @Bounded(length = Bounds.NATION) String grantingNation,
                               @Bounded(length = Bounds.CODE) String kind,
                               @Bounded(length = Bounds.CODE) String status,
                               @Bounded(length = Bounds.SHORT) String clearanceNumber,
                               Instant validUntil,
                               @Bounded(length = Bounds.NOTE, items = Bounds.ITEMS) List<String> conditions)
        implements BasingLogisticsEventV1 {
}
