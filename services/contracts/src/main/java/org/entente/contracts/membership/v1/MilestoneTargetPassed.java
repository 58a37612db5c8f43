package org.entente.contracts.membership.v1;

import org.entente.contracts.Bounded;
import org.entente.contracts.Bounds;

import java.time.LocalDate;

/**
 * Recorded by the membership service itself (actor {@code service:membership}) at the end of {@code targetDate} (UTC):
 * the milestone was not achieved by its target date; its cause is the definition or slip that set it.
 */
public record MilestoneTargetPassed(@Bounded(length = Bounds.ID) String coalitionId,
                                    @Bounded(length = Bounds.ID) String milestoneId,
                                    LocalDate targetDate) implements MembershipEventV1 {
}
