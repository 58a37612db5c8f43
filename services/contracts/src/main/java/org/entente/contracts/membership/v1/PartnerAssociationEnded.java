package org.entente.contracts.membership.v1;

import org.entente.contracts.Bounded;
import org.entente.contracts.Bounds;

public record PartnerAssociationEnded(@Bounded(length = Bounds.ID) String coalitionId,
                                      @Bounded(length = Bounds.NATION) String nation) implements MembershipEventV1 {
}
