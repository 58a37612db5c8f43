package org.entente.contracts.membership.v1;

import org.entente.contracts.Bounded;
import org.entente.contracts.Bounds;

/** The coalition is dissolved; nothing of it changes after this event. */
public record CoalitionDissolved(@Bounded(length = Bounds.ID) String coalitionId) implements MembershipEventV1 {
}
