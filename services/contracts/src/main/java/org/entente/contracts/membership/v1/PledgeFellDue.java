package org.entente.contracts.membership.v1;

import org.entente.contracts.Bounded;
import org.entente.contracts.Bounds;

import java.time.LocalDate;

/**
 * Recorded by the membership service itself (actor {@code service:membership}) at the end of {@code dueDate} (UTC):
 * the pledge was not fulfilled by its due date; its cause is the entry that set the date.
 */
public record PledgeFellDue(@Bounded(length = Bounds.ID) String coalitionId,
                            @Bounded(length = Bounds.ID) String pledgeId,
                            LocalDate dueDate) implements MembershipEventV1 {
}
