package org.entente.contracts.membership.v1;

import org.entente.contracts.Bounded;
import org.entente.contracts.Bounds;

/** Part or all of a pledge was delivered; the envelope's effective time is when. */
public record DeliveryRecorded(@Bounded(length = Bounds.ID) String coalitionId,
                               @Bounded(length = Bounds.ID) String pledgeId,
                               @Bounded(length = Bounds.ID) String deliveryId,
                               Amount amount,
                               @Bounded(length = Bounds.NOTE) String note) implements MembershipEventV1 {
}
