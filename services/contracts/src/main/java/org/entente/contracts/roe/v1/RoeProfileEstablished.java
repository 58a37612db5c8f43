package org.entente.contracts.roe.v1;

import org.entente.contracts.Bounded;
import org.entente.contracts.Bounds;

/** @param exerciseId the exercise of the operation's coalition, fixed for the profile's life; null if real */
public record RoeProfileEstablished(@Bounded(length = Bounds.ID) String operationId,
                                    @Bounded(length = Bounds.ID) String coalitionId,
                                    @Bounded(length = Bounds.EXERCISE_ID) String exerciseId)
        implements RulesOfEngagementEventV1 {
}
