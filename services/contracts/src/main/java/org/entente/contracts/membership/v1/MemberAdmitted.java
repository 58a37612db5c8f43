package org.entente.contracts.membership.v1;

import org.entente.contracts.Bounded;
import org.entente.contracts.Bounds;

/** @param nation ISO 3166 alpha-3 code or an organisation code */
public record MemberAdmitted(@Bounded(length = Bounds.ID) String coalitionId,
                             @Bounded(length = Bounds.NATION) String nation) implements MembershipEventV1 {
}
