package org.entente.contracts.membership.v1;

import org.entente.contracts.Bounded;
import org.entente.contracts.Bounds;

/** @param cause NATION_DECISION, or MEMBER_WITHDREW when the pledge fell with its nation's withdrawal */
public record PledgeWithdrawn(@Bounded(length = Bounds.ID) String coalitionId,
                              @Bounded(length = Bounds.ID) String pledgeId,
                              @Bounded(length = Bounds.CODE) String cause) implements MembershipEventV1 {
}
