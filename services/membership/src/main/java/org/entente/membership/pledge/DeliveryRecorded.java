package org.entente.membership.pledge;

/** Delivered on the decision's effective time. */
public record DeliveryRecorded(String coalitionId, String pledgeId, String deliveryId,
                               Amount amount, String note) implements PledgeEvent {
}
