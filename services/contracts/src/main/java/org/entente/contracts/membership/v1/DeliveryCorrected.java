package org.entente.contracts.membership.v1;

import org.entente.contracts.Bounded;
import org.entente.contracts.Bounds;

/**
 * A mistaken DeliveryRecorded entry is corrected: read the referenced event with this amount instead.
 *
 * @param correctsEventId the id of the event that recorded the mistaken delivery
 * @param reason          why the entry was wrong
 */
public record DeliveryCorrected(@Bounded(length = Bounds.ID) String coalitionId,
                                @Bounded(length = Bounds.ID) String pledgeId,
                                @Bounded(length = Bounds.ID) String deliveryId,
                                @Bounded(length = Bounds.ID) String correctsEventId,
                                Amount amount,
                                @Bounded(length = Bounds.NOTE) String reason) implements MembershipEventV1 {
}
