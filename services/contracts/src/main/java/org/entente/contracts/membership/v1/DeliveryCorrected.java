package org.entente.contracts.membership.v1;

/** A mistaken DeliveryRecorded entry is corrected: read the referenced event with this amount instead. */
public record DeliveryCorrected(String coalitionId, String pledgeId, String deliveryId, String correctsEventId,
                                Amount amount) {
}
