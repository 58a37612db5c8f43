package org.entente.contracts.basing.v1;

import org.entente.contracts.Bounded;
import org.entente.contracts.Bounds;

/** The last event of a clearance. @param cause COALITION_DISSOLVED */
public record ClearanceClosed(@Bounded(length = Bounds.ID) String clearanceId,
                              @Bounded(length = Bounds.ID) String coalitionId,
                              @Bounded(length = Bounds.NATION) String userNation,
                              @Bounded(length = Bounds.NATION) String grantingNation,
                              @Bounded(length = Bounds.CODE) String kind,
                              @Bounded(length = Bounds.CODE) String status,
                              @Bounded(length = Bounds.CODE) String cause) implements BasingLogisticsEventV1 {
}
