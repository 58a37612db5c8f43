package org.entente.contracts.roe.v1;

import org.entente.contracts.Bounded;
import org.entente.contracts.Bounds;

public record CaveatLifted(@Bounded(length = Bounds.ID) String coalitionId,
                           @Bounded(length = Bounds.NATION) String nation,
                           @Bounded(length = Bounds.ID) String caveatId,
                           @Bounded(length = Bounds.TEXT) String reason) implements RulesOfEngagementEventV1 {
}
