package org.entente.contracts.membership.v1;

import org.entente.contracts.Bounded;
import org.entente.contracts.Bounds;

/** The partner's role or governance assessment changed; both fields carry the values after the change. */
public record PartnerStatusChanged(@Bounded(length = Bounds.ID) String coalitionId,
                                   @Bounded(length = Bounds.NATION) String nation,
                                   @Bounded(length = Bounds.CODE) String role,
                                   @Bounded(length = Bounds.CODE) String governance) implements MembershipEventV1 {
}
