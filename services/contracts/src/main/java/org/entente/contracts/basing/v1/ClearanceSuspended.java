package org.entente.contracts.basing.v1;

import org.entente.contracts.Bounded;
import org.entente.contracts.Bounds;

/**
 * A granted or pending clearance no longer counts while the granting state is out of the coalition.
 *
 * @param cause MEMBER_WITHDRAWN or MEMBER_SUSPENDED
 */
public record ClearanceSuspended(@Bounded(length = Bounds.ID) String clearanceId,
                                 @Bounded(length = Bounds.ID) String coalitionId,
                                 @Bounded(length = Bounds.NATION) String userNation,
                                 @Bounded(length = Bounds.NATION) String grantingNation,
                                 @Bounded(length = Bounds.CODE) String kind,
                                 @Bounded(length = Bounds.CODE) String status,
                                 @Bounded(length = Bounds.CODE) String cause) implements BasingLogisticsEventV1 {
}
