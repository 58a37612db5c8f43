package org.entente.contracts.membership.v1;

import org.entente.contracts.Bounded;
import org.entente.contracts.Bounds;

public record LeadNationChanged(@Bounded(length = Bounds.ID) String coalitionId,
                                @Bounded(length = Bounds.NATION) String leadNation,
                                @Bounded(length = Bounds.NATION) String previousLeadNation)
        implements MembershipEventV1 {
}
