package org.entente.contracts.basing.v1;

import org.entente.contracts.Bounded;
import org.entente.contracts.Bounds;

/** The granting state refused. */
public record ClearanceDenied(@Bounded(length = Bounds.ID) String clearanceId,
                              @Bounded(length = Bounds.ID) String coalitionId,
                              @Bounded(length = Bounds.NATION) String userNation,
                              @Bounded(length = Bounds.NATION) String grantingNation,
                              @Bounded(length = Bounds.CODE) String kind,
                              @Bounded(length = Bounds.CODE) String status,
                              @Bounded(length = Bounds.NOTE) String reason) implements BasingLogisticsEventV1 {
}
