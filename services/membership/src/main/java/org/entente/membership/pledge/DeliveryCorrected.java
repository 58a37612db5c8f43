package org.entente.membership.pledge;

/** @param correctsEventId the event that recorded the mistaken delivery; read it with this amount instead */
public record DeliveryCorrected(String coalitionId, String pledgeId, String deliveryId, String correctsEventId,
                                Amount amount, String reason) implements PledgeEvent {
}
