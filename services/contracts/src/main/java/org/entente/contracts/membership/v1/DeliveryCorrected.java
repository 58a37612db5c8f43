package org.entente.contracts.membership.v1;

/**
 * A mistaken DeliveryRecorded entry is corrected: read the referenced event with this amount instead.
 *
 * @param correctsEventId the id of the event that recorded the mistaken delivery
 * @param reason          why the entry was wrong
 */
public record DeliveryCorrected(String coalitionId, String pledgeId, String deliveryId, String correctsEventId,
                                Amount amount, String reason) {
}
