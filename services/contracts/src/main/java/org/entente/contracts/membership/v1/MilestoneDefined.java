package org.entente.contracts.membership.v1;

import org.entente.contracts.Bounded;
import org.entente.contracts.Bounds;

import java.time.LocalDate;
import java.util.List;

/** A milestone of the exit strategy: transition criteria to meet by a target date. */
public record MilestoneDefined(@Bounded(length = Bounds.ID) String coalitionId,
                               @Bounded(length = Bounds.ID) String milestoneId,
                               @Bounded(length = Bounds.NAME) String name,
                               @Bounded(length = Bounds.STATEMENT, items = Bounds.ITEMS) List<String> criteria,
                               LocalDate targetDate) implements MembershipEventV1 {
}
