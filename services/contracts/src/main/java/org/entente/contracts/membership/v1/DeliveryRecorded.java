package org.entente.contracts.membership.v1;

/** Part or all of a pledge was delivered; the envelope's effective time is when. */
public record DeliveryRecorded(String coalitionId, String pledgeId, String deliveryId, Amount amount, String note) {
}
