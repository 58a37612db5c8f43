package org.entente.basing.sustainment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record CloseSustainmentRequest(@TargetAggregateIdentifier String requestId, SustainmentClosureCause cause,
                                      String reason) {
}
