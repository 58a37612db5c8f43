package org.entente.contracts.membership.v1;

import org.entente.contracts.Bounded;
import org.entente.contracts.Bounds;

import java.time.LocalDate;

/** @param category FORCES, FUNDING, LOGISTICS, BASING or SANCTIONS_ENFORCEMENT */
public record PledgeMade(@Bounded(length = Bounds.ID) String coalitionId,
                         @Bounded(length = Bounds.ID) String pledgeId,
                         @Bounded(length = Bounds.NATION) String nation,
                         @Bounded(length = Bounds.CODE) String category,
                         Amount amount,
                         LocalDate dueDate,
                         @Bounded(length = Bounds.NOTE) String description) implements MembershipEventV1 {
}
