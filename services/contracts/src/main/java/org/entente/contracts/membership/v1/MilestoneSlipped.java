package org.entente.contracts.membership.v1;

import org.entente.contracts.Bounded;
import org.entente.contracts.Bounds;

import java.time.LocalDate;

public record MilestoneSlipped(@Bounded(length = Bounds.ID) String coalitionId,
                               @Bounded(length = Bounds.ID) String milestoneId,
                               LocalDate previousTargetDate,
                               LocalDate newTargetDate,
                               @Bounded(length = Bounds.NOTE) String reason) implements MembershipEventV1 {
}
