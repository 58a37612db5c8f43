package org.entente.basing.sustainment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;

/** Supplies arrived for the request; the decision's effective time is when. */
public record RecordSupplyDelivery(@TargetAggregateIdentifier String requestId, String deliveryId, BigDecimal quantity,
                                   String unit) {
}
