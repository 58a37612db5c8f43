package org.entente.contracts.membership.v1;

import org.entente.contracts.Bounded;
import org.entente.contracts.Bounds;

public record MilestoneAchieved(@Bounded(length = Bounds.ID) String coalitionId,
                                @Bounded(length = Bounds.ID) String milestoneId) implements MembershipEventV1 {
}
