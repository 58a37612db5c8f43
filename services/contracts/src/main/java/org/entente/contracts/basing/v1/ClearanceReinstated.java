package org.entente.contracts.basing.v1;

import org.entente.contracts.Bounded;
import org.entente.contracts.Bounds;

/** The suspension ended; {@code status} is the status before it. */
public record ClearanceReinstated(@Bounded(length = Bounds.ID) String clearanceId,
                                  @Bounded(length = Bounds.ID) String coalitionId,
                                  @Bounded(length = Bounds.NATION) String userNation,
                                  @Bounded(length = Bounds.NATION) String grantingNation,
                                  @Bounded(length = Bounds.CODE) String kind,
                                  @Bounded(length = Bounds.CODE) String status) implements BasingLogisticsEventV1 {
}
