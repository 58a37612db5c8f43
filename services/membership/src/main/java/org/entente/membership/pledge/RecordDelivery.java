package org.entente.membership.pledge;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RecordDelivery(@TargetAggregateIdentifier String coalitionId, String pledgeId, String deliveryId,
                             Amount amount, String note) {
}
