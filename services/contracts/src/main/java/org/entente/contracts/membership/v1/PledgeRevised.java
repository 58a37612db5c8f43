package org.entente.contracts.membership.v1;

import org.entente.contracts.Bounded;
import org.entente.contracts.Bounds;

import java.time.LocalDate;

/** The nation changed its commitment; amount and due date are the values after the revision. */
public record PledgeRevised(@Bounded(length = Bounds.ID) String coalitionId,
                            @Bounded(length = Bounds.ID) String pledgeId,
                            @Bounded(length = Bounds.ID) String revisionId,
                            Amount amount,
                            LocalDate dueDate) implements MembershipEventV1 {
}
